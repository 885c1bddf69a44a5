import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkSectionProps } from '../../shared/network-sections';
import { GoalStatusBadge } from '../../shared/goals/StatusBadge';
import { dueText, progressText, statusCountsText } from '../../shared/goals/progress';
import { NETWORK_GOALS } from './goals.graphql';
import styles from './goals.module.css';

/** The network page's goals: status, due date and progress at a glance, in words. */
export function NetworkGoals({ networkId, isCoordinator }: NetworkSectionProps) {
  const { t, i18n } = useTranslation('goals');
  const { data } = useQuery(NETWORK_GOALS, { variables: { id: networkId } });
  const goals = data?.network?.goals ?? [];
  const now = new Date();
  return (
    <section className="card" aria-labelledby="goals-title" data-testid="network-goals">
      <div className="page-head">
        <h2 id="goals-title">{t('list.title')}</h2>
        {isCoordinator && (
          <Link className="button" to={`/networks/${networkId}/goals/new`}>
            {t('list.create')}
          </Link>
        )}
      </div>
      {data && goals.length === 0 && <p className="meta">{t('list.empty')}</p>}
      <ul className={styles.goalList}>
        {goals.map((goal) => {
          const p = goal.overallProgress;
          const finished = goal.status === 'ACHIEVED' || goal.status === 'DROPPED';
          return (
            <li key={goal.id} data-testid={`goal-${goal.id}`}>
              <h3>
                <Link to={`/goals/${goal.id}`}>{goal.title}</Link> <GoalStatusBadge status={goal.status} />
              </h3>
              <p className="meta">
                {t('list.due', { due: dueText(t, goal.dueDate, i18n.language, now, finished) })}
                {goal.baselineRound && <> · {t('list.baseline', { round: goal.baselineRound.title })}</>}
              </p>
              <p>
                {progressText(t, {
                  done: p.done,
                  committed: p.committed,
                  milestonesDone: p.milestonesDone,
                  milestones: p.milestonesTotal,
                })}
              </p>
              {p.committed > 0 && (
                <p className="meta">
                  {statusCountsText(t, {
                    DONE: p.done,
                    ON_TRACK: p.onTrack,
                    AT_RISK: p.atRisk,
                    OFF_TRACK: p.offTrack,
                    NONE: p.notReported,
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
