import { numericValue, type AnswerType } from '@samrad/domain';
import type { ResultOf } from '../../../graphql/graphql';
import type { Compilation, CompilationRow, INDICATOR_HISTORY } from '../compilation.graphql';

/**
 * What a chart shows, as plain data: the chart draws it and the table alternative lists the
 * very same figures, so the two can never say different things.
 */
export interface BarData {
  /** `municipalities`: a bar per municipality; `share`: the yes share in percent; `options`: counts per option. */
  kind: 'municipalities' | 'share' | 'options';
  bars: { label: string; value: number | null; ours: boolean }[];
  /** The national reference in the bars' unit (a line across), when known. */
  reference: number | null;
}

export function barData(
  row: CompilationRow,
  compilation: Compilation,
  ourId: string,
  labels: { network: string; group: string | null },
  groupYesShare: number | null,
): BarData | null {
  const { answerType } = row.indicator;
  if (answerType === 'NUMBER' || answerType === 'PERCENT') {
    const names = new Map(compilation.municipalities.map((m) => [m.id, m.name]));
    return {
      kind: 'municipalities',
      bars: row.cells.map((cell) => ({
        label: names.get(cell.municipality.id) ?? '',
        value: cell.hidden ? null : numericValue(answerType, cell.value),
        ours: cell.municipality.id === ourId,
      })),
      reference: row.nationalReference ?? null,
    };
  }
  if (answerType === 'YES_NO') {
    const share = (fraction: number | null | undefined) =>
      fraction == null ? null : Math.round(fraction * 1000) / 10;
    const bars = [{ label: labels.network, value: share(row.summary.yesShare), ours: false }];
    if (labels.group) bars.push({ label: labels.group, value: share(groupYesShare), ours: false });
    return { kind: 'share', bars, reference: row.nationalReference ?? null };
  }
  if (answerType === 'CHOICE') {
    return {
      kind: 'options',
      bars: (row.summary.distribution ?? []).map((d) => ({ label: d.option, value: d.count, ours: false })),
      reference: null,
    };
  }
  return null;
}

type HistoryPoint = ResultOf<typeof INDICATOR_HISTORY>['indicatorHistory'][number];

export interface TrendData {
  years: string[];
  /** The network's mean (numbers) or yes share in percent (yes/no) per year. */
  network: (number | null)[];
  ours: (number | null)[];
  nation: (number | null)[];
}

/** The trend over years for numbers, percentages and yes/no; null for other types or no history. */
export function trendData(
  points: readonly HistoryPoint[],
  answerType: string,
  ourId: string,
): TrendData | null {
  if (points.length === 0 || !['NUMBER', 'PERCENT', 'YES_NO'].includes(answerType)) return null;
  const yesNo = answerType === 'YES_NO';
  return {
    years: points.map((p) => String(p.year)),
    network: points.map((p) =>
      yesNo
        ? p.summary.yesShare == null
          ? null
          : Math.round(p.summary.yesShare * 1000) / 10
        : (p.summary.mean ?? null),
    ),
    ours: points.map((p) => {
      const own = p.values.find((v) => v.municipality.id === ourId);
      if (!own) return null;
      const n = numericValue(answerType as AnswerType, own.value);
      return yesNo ? (n === null ? null : n * 100) : n;
    }),
    nation: points.map((p) => p.nationalReference ?? null),
  };
}
