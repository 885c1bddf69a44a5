import type { AnswerType, AnswerValue } from '@samrad/domain';
import type { TFunction } from 'i18next';

interface Unit {
  answerType: AnswerType;
  unit?: string | null;
}

/** A number in the reader's language, at most one decimal (figures, not measurements). */
export function formatNumber(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A number with the indicator's unit: "74,2 %", "12 dagar". */
export function withUnit(indicator: Unit, value: number, locale: string): string {
  const number = formatNumber(value, locale);
  if (indicator.answerType === 'PERCENT') return `${number} %`;
  return indicator.unit ? `${number} ${indicator.unit}` : number;
}

/** An answer's value as the matrix shows it; null when there is none. */
export function formatValue(
  t: TFunction,
  indicator: Unit,
  value: AnswerValue | null | undefined,
  locale: string,
): string | null {
  if (!value) return null;
  if (typeof value.boolean === 'boolean') return value.boolean ? t('compilation:yes') : t('compilation:no');
  if (typeof value.number === 'number') return withUnit(indicator, value.number, locale);
  return value.choice ?? value.text ?? null;
}

/** A change from last year in the indicator's unit, signed: "+2,5 procentenheter", "blev ja". */
export function formatChange(
  t: TFunction,
  indicator: Unit,
  change: number | null,
  locale: string,
): string | null {
  if (change === null) return null;
  if (indicator.answerType === 'YES_NO')
    return change > 0
      ? t('compilation:change.becameYes')
      : change < 0
        ? t('compilation:change.becameNo')
        : t('compilation:change.same');
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const number = formatNumber(Math.abs(change), locale);
  if (indicator.answerType === 'PERCENT')
    return t('compilation:change.points', { value: `${sign}${number}` });
  return `${sign}${number}${indicator.unit ? ` ${indicator.unit}` : ''}`;
}

export interface SummaryFigures {
  answered: number;
  expected: number;
  yesShare?: number | null;
  mean?: number | null;
  median?: number | null;
  distribution?: readonly { option: string; count: number }[] | null;
}

/** The network's figure for a question in one short text: yes share, median, or the most common option. */
export function networkFigure(
  t: TFunction,
  indicator: Unit,
  summary: SummaryFigures,
  locale: string,
): string | null {
  if (summary.yesShare != null)
    return t('compilation:yesShare', { value: formatNumber(summary.yesShare * 100, locale) });
  if (summary.median != null)
    return t('compilation:medianOf', { value: withUnit(indicator, summary.median, locale) });
  const top = [...(summary.distribution ?? [])].sort((a, b) => b.count - a.count)[0];
  if (top && top.count > 0) return t('compilation:mostCommon', { value: top.option, count: top.count });
  return null;
}

/** The national reference as text: a YES_NO reference is the percentage answering yes. */
export function nationalFigure(
  t: TFunction,
  indicator: Unit,
  reference: number | null,
  locale: string,
): string | null {
  if (reference === null) return null;
  if (indicator.answerType === 'YES_NO')
    return t('compilation:yesShare', { value: formatNumber(reference, locale) });
  return withUnit(indicator, reference, locale);
}
