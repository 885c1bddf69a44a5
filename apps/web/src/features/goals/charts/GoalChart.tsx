import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../../shared/charts/EChart';
import { PALETTE } from '../../../shared/charts/palette';
import type { FollowUpSeries } from '../../../shared/goals/follow-up';

/** Loaded on demand (React.lazy): ECharts stays out of the goal page's first bundle. */

/** Okabe–Ito hues for the municipalities (told apart with colour-vision deficiencies), and a shape each. */
const HUES = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#D55E00', '#F0E442', '#999999', '#000000'];
const SHAPES = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];

export function GoalChart({
  series,
  texts,
}: {
  series: FollowUpSeries;
  texts: { label: string; network: string; nation: string; baseline: string; format(value: number): string };
}) {
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll', textStyle: { color: PALETTE.outline } },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v == null ? '–' : texts.format(v)) },
      xAxis: {
        type: 'category',
        data: series.rounds.map((r) => (r.baseline ? `${r.year} (${texts.baseline})` : String(r.year))),
        axisLabel: { color: PALETTE.outline },
      },
      yAxis: {
        type: 'value',
        max: series.percentage ? 100 : undefined,
        axisLabel: { color: PALETTE.outline },
      },
      series: [
        {
          name: texts.network,
          type: 'line',
          data: series.network,
          symbol: 'circle',
          symbolSize: 9,
          lineStyle: { color: PALETTE.network, width: 4 },
          itemStyle: { color: PALETTE.network },
          z: 3,
        },
        ...series.municipalities.map((m, i) => ({
          name: m.name,
          type: 'line',
          data: m.values,
          symbol: SHAPES[i % SHAPES.length],
          symbolSize: 7,
          lineStyle: { color: HUES[i % HUES.length], width: 1.5 },
          itemStyle: { color: HUES[i % HUES.length] },
        })),
        {
          name: texts.nation,
          type: 'line',
          data: series.nation,
          symbol: 'rect',
          symbolSize: 7,
          lineStyle: { color: PALETTE.nation, width: 2, type: 'dashed' },
          itemStyle: { color: PALETTE.nation },
        },
      ],
    }),
    [series, texts],
  );
  return <EChart option={option} label={texts.label} />;
}
