import type { AnswerValue } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { formatValue } from './format';
import type { QuestionView } from './types';
import styles from './answers.module.css';

export interface Prefill {
  value: AnswerValue;
  source: 'PREVIOUS_ROUND' | 'KOLADA';
  fromYear: number | null;
}

/**
 * A value the question could start from (last year's answer, or Kolada's figure), marked with
 * where it comes from. It is not an answer until someone takes it (or enters their own).
 */
export function PrefillSuggestion({
  indicator,
  prefill,
  onUse,
  canUse,
}: {
  indicator: QuestionView['indicator'];
  prefill: Prefill;
  onUse(): void;
  canUse: boolean;
}) {
  const { t, i18n } = useTranslation('answers');
  const from =
    prefill.source === 'KOLADA'
      ? `${t('prefill.kolada')}${prefill.fromYear ? ` ${prefill.fromYear}` : ''}`
      : prefill.fromYear
        ? t('prefill.previous', { year: prefill.fromYear })
        : t('prefill.previousRound');
  return (
    <div className={styles.prefill} data-testid="prefill">
      <p>
        <strong>{from}:</strong> {formatValue(t, indicator, prefill.value, i18n.language)}{' '}
        <span className="meta">{t('prefill.notYet')}</span>
      </p>
      {canUse && (
        <button type="button" onClick={onUse}>
          {t('prefill.use', { code: indicator.code })}
        </button>
      )}
    </div>
  );
}
