import { useTranslation } from 'react-i18next';
import { ProgressBadge } from '../../shared/goals/StatusBadge';
import { formatDate, formatFigure } from '../../shared/goals/progress';
import type { GoalPageGoal } from './goals.graphql';
import { timeline } from './timeline';
import styles from './goals.module.css';

/** What happened, newest first: progress reports, status changes and milestones reached. */
export function Timeline({ goal }: { goal: GoalPageGoal }) {
  const { t, i18n } = useTranslation('goals');
  const entries = timeline(goal);
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section className="card stack" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {entries.length === 0 ? (
        <p className="meta">{t('timeline.none')}</p>
      ) : (
        <ol className={styles.timeline} data-testid="timeline">
          {entries.map((e) => (
            <li key={e.id}>
              {e.kind === 'progress' && (
                <>
                  <p>
                    <strong>{e.municipality}</strong> <ProgressBadge status={e.status} />{' '}
                    <span className="meta">{t('timeline.by', { name: e.by, date: date(e.at) })}</span>
                  </p>
                  {e.note && <p className={styles.prewrap}>{e.note}</p>}
                  {e.value !== null && (
                    <p>{t('timeline.value', { value: formatFigure(e.value, i18n.language) })}</p>
                  )}
                </>
              )}
              {e.kind === 'status' && (
                <p>
                  {e.from
                    ? t('timeline.status', {
                        from: t(`progress:goalStatus.${e.from}`),
                        to: t(`progress:goalStatus.${e.to}`),
                      })
                    : t('timeline.proposed')}{' '}
                  <span className="meta">{t('timeline.by', { name: e.by ?? '–', date: date(e.at) })}</span>
                  {e.reason && <span className={styles.prewrap}> – {e.reason}</span>}
                </p>
              )}
              {e.kind === 'milestone' && (
                <p>
                  {t('timeline.milestone', { title: e.title })}{' '}
                  <span className="meta">{t('timeline.by', { name: e.by ?? '–', date: date(e.at) })}</span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
