import { useMemo } from 'react';
import type { BarData, TrendData } from './chart-data';
import { EChart, type ChartOption } from '../../../shared/charts/EChart';
import { PALETTE } from '../../../shared/charts/palette';

/** Loaded on demand (React.lazy): ECharts stays out of the first page's bundle. */
interface Texts {
  label: string;
  /** "Riket" / "Nation", for the reference line. */
  nation: string;
  format(value: number): string;
}

export function DistributionChart({ data, texts }: { data: BarData; texts: Texts }) {
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => texts.format(v) },
      xAxis: {
        type: 'category',
        data: data.bars.map((b) => b.label),
        axisLabel: { interval: 0, rotate: data.bars.length > 4 ? 35 : 0, color: PALETTE.outline },
      },
      yAxis: {
        type: 'value',
        max: data.kind === 'share' ? 100 : undefined,
        minInterval: data.kind === 'options' ? 1 : undefined,
        axisLabel: { color: PALETTE.outline },
      },
      series: [
        {
          type: 'bar',
          data: data.bars.map((b) => ({
            value: b.value,
            itemStyle: b.ours
              ? { color: PALETTE.ours, borderColor: PALETTE.outline, borderWidth: 2 }
              : { color: PALETTE.neutral },
          })),
          markLine:
            data.reference === null
              ? undefined
              : {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { color: PALETTE.nation, type: 'dashed', width: 2 },
                  label: {
                    formatter: `${texts.nation} ${texts.format(data.reference)}`,
                    color: PALETTE.outline,
                  },
                  data: [{ yAxis: data.reference }],
                },
        },
      ],
    }),
    [data, texts],
  );
  return <EChart option={option} label={texts.label} />;
}

export function TrendChart({
  data,
  texts,
}: {
  data: TrendData;
  texts: Texts & { network: string; ours: string };
}) {
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: PALETTE.outline } },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v == null ? '–' : texts.format(v)) },
      xAxis: { type: 'category', data: data.years, axisLabel: { color: PALETTE.outline } },
      yAxis: { type: 'value', axisLabel: { color: PALETTE.outline } },
      series: [
        {
          name: texts.network,
          type: 'line',
          data: data.network,
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { color: PALETTE.network, width: 3 },
          itemStyle: { color: PALETTE.network },
        },
        {
          name: texts.ours,
          type: 'line',
          data: data.ours,
          symbol: 'diamond',
          symbolSize: 12,
          lineStyle: { color: PALETTE.ours, width: 3, type: 'dotted' },
          itemStyle: { color: PALETTE.ours, borderColor: PALETTE.outline, borderWidth: 1 },
        },
        {
          name: texts.nation,
          type: 'line',
          data: data.nation,
          symbol: 'rect',
          symbolSize: 8,
          lineStyle: { color: PALETTE.nation, width: 2, type: 'dashed' },
          itemStyle: { color: PALETTE.nation },
        },
      ],
    }),
    [data, texts],
  );
  return <EChart option={option} label={texts.label} />;
}
