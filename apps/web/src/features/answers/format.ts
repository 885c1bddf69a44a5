import { formatDecimal, type AnswerValue } from '@samrad/domain';
import type { TFunction } from 'i18next';

/** A saved value as text for reading (history, comparison, the conflict dialog). */
export function formatValue(
  t: TFunction,
  indicator: { answerType: string; unit?: string | null },
  value: AnswerValue | null | undefined,
  locale: string,
): string {
  if (!value) return t('answers:noValue');
  if (typeof value.boolean === 'boolean') return value.boolean ? t('answers:yes') : t('answers:no');
  if (typeof value.number === 'number') {
    const number = formatDecimal(value.number, locale);
    if (indicator.answerType === 'PERCENT') return `${number} %`;
    return indicator.unit ? `${number} ${indicator.unit}` : number;
  }
  return value.choice ?? value.text ?? t('answers:noValue');
}
