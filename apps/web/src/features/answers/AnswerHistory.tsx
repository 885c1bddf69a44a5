import { useTranslation } from 'react-i18next';
import { formatValue } from './format';
import type { AnswerView, QuestionView } from './types';
import styles from './answers.module.css';

/** Every change of the answer, old → new, who and when, in a disclosure. */
export function AnswerHistory({
  indicator,
  history,
}: {
  indicator: QuestionView['indicator'];
  history: AnswerView['history'];
}) {
  const { t, i18n } = useTranslation('answers');
  const value = (v: Parameters<typeof formatValue>[2]) => formatValue(t, indicator, v, i18n.language);
  return (
    <details className={styles.history}>
      <summary>{t('history.title', { count: history.length })}</summary>
      <ol>
        {[...history].reverse().map((change) => (
          <li key={change.id}>
            <span className="meta">
              {new Date(change.at).toLocaleString(i18n.language)} ·{' '}
              {change.actor?.displayName ?? t('someone')}
            </span>
            <br />
            {change.kind === 'SAVED' || change.kind === 'IMPORTED' ? (
              <>
                {change.kind === 'IMPORTED' && <>{t('history.kind.IMPORTED')}: </>}
                {change.oldValue ? value(change.oldValue) : t('history.none')} → {value(change.newValue)}
                {change.oldComment !== change.newComment && (
                  <>
                    <br />
                    {t('history.comment', {
                      from: change.oldComment || '—',
                      to: change.newComment || '—',
                    })}
                  </>
                )}
              </>
            ) : (
              <>
                {t(`history.kind.${change.kind}`, { defaultValue: change.kind })}
                {change.reason && <> — {change.reason}</>}
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
