import { useTranslation } from 'react-i18next';
import { formatValue } from './format';
import type { QuestionView, VisibleAnswer } from './types';
import styles from './answers.module.css';

/** The other municipalities' answers to one question, read-only (shown once give-to-get allows). */
export function OthersAnswers({
  indicator,
  answers,
}: {
  indicator: QuestionView['indicator'];
  answers: VisibleAnswer[];
}) {
  const { t, i18n } = useTranslation('answers');
  const sorted = [...answers].sort((a, b) =>
    a.municipality.name.localeCompare(b.municipality.name, i18n.language),
  );
  return (
    <details className={styles.others} data-testid="others">
      <summary>{t('others.title', { count: answers.length })}</summary>
      {sorted.length === 0 ? (
        <p className="meta">{t('others.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('others.municipality')}</th>
              <th scope="col">{t('answer')}</th>
              <th scope="col">{t('comment')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((other) => (
              <tr key={other.id}>
                <th scope="row">{other.municipality.name}</th>
                <td>{formatValue(t, indicator, other.value, i18n.language)}</td>
                <td>{other.comment ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
