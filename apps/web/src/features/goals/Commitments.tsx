import type { ProgressStatus } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { ProgressBadge } from '../../shared/goals/StatusBadge';
import { formatDate } from '../../shared/goals/progress';
import type { GoalPageGoal } from './goals.graphql';
import { MeasureValues } from './LocalMeasures';
import styles from './goals.module.css';

/** Every municipality's answer: plan, owner and latest status (committed first), and their local measures. */
export function Commitments({ goal }: { goal: GoalPageGoal }) {
  const { t, i18n } = useTranslation('goals');
  const committed = goal.commitments.filter((c) => c.status === 'COMMITTED');
  const declined = goal.commitments.filter((c) => c.status === 'DECLINED');
  const answered = new Set(goal.commitments.map((c) => c.municipality.id));
  const withMeasures = committed.filter((c) => c.localMeasures.length > 0);
  return (
    <section className="card stack" aria-labelledby="commitments-title">
      <h2 id="commitments-title">{t('commitments.title')}</h2>
      {committed.length === 0 ? (
        <p className="meta">{t('commitments.none')}</p>
      ) : (
        <div className={styles.scroller} role="region" aria-labelledby="commitments-title" tabIndex={0}>
          <table className={styles.plain} data-testid="commitments-table">
            <caption className="visually-hidden">{t('commitments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('commitments.municipality')}</th>
                <th scope="col">{t('commitments.latest')}</th>
                <th scope="col">{t('commitments.plan')}</th>
                <th scope="col">{t('commitments.owner')}</th>
                <th scope="col">{t('commitments.lastUpdate')}</th>
              </tr>
            </thead>
            <tbody>
              {committed.map((c) => (
                <tr key={c.id} data-testid={`commitment-${c.municipality.name}`}>
                  <th scope="row">{c.municipality.name}</th>
                  <td>
                    <ProgressBadge
                      status={(c.latestProgress?.status as ProgressStatus | undefined) ?? 'NONE'}
                    />
                  </td>
                  <td className={styles.prewrap}>{c.plan ?? '–'}</td>
                  <td>{c.owner?.displayName ?? '–'}</td>
                  <td>
                    {c.latestProgress
                      ? formatDate(c.latestProgress.reportedAt, i18n.language)
                      : t('commitments.committedOn', { date: formatDate(c.updatedAt, i18n.language) })}
                    {c.daysSinceLastUpdate != null && (
                      <span className="meta">
                        {' '}
                        · {t('commitments.daysAgo', { count: c.daysSinceLastUpdate })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {declined.length > 0 && (
        <>
          <h3>{t('commitments.declinedTitle')}</h3>
          <ul>
            {declined.map((c) => (
              <li key={c.id}>
                {t('commitments.declinedItem', {
                  municipality: c.municipality.name,
                  reason: c.declineReason ?? '',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {goal.network.myMemberships.length > 0 && (
        <p className="meta">
          {t('commitments.unanswered', {
            count: Math.max(0, countMunicipalities(goal) - answered.size),
          })}
        </p>
      )}
      {withMeasures.length > 0 && (
        <>
          <h3>{t('measures.allTitle')}</h3>
          {withMeasures.map((c) => (
            <div key={c.id}>
              <h4>{c.municipality.name}</h4>
              {c.localMeasures.map((m) => (
                <MeasureValues key={m.id} measure={m} open={false} />
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** The network's municipalities, as its members show them (each municipality that has a role). */
function countMunicipalities(goal: GoalPageGoal): number {
  return new Set(goal.network.members.map((m) => m.municipality?.id).filter(Boolean)).size;
}
