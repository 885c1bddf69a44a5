import { useQuery } from '@apollo/client/react';
import { can, contributingMunicipalities } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { QueryState } from '../../layout/QueryState';
import { usePresence } from '../../realtime/hooks';
import { goalSections } from '../../shared/goal-sections';
import { GoalStatusBadge } from '../../shared/goals/StatusBadge';
import { dueText, formatDate, progressText, statusCountsText } from '../../shared/goals/progress';
import { Commitments } from './Commitments';
import { EditGoal } from './EditGoal';
import { FollowUp } from './FollowUp';
import { GOAL_PAGE } from './goals.graphql';
import { Milestones } from './Milestones';
import { MyMunicipality } from './MyMunicipality';
import { StatusControl } from './StatusControl';
import { Timeline } from './Timeline';
import { isOpen } from './status';
import styles from './goals.module.css';

/**
 * One goal: what it is, who committed with which plan and how they stand, the linked indicators
 * over the rounds, milestones and the timeline. Live through `goal:<id>`: every goal event
 * refetches the page (debounced, realtime/cache-sync.ts), so its own actions need no refetch.
 */
export function GoalPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('goals');
  const { data, loading, error, refetch } = useQuery(GOAL_PAGE, { variables: { id } });
  const goal = data?.goal;
  usePageTitle(goal?.title ?? t('a11y:titles.goal'));
  const room = goal ? `goal:${goal.id}` : null;
  const presence = usePresence(room);
  useRoomAnnouncements(room);

  if (isDenied(error, !loading && !error && data !== undefined && !goal)) return <AccessDenied what="page" />;
  if (!goal) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;

  const grants = goal.network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const isCoordinator = can(grants, 'network.manage');
  const mine = contributingMunicipalities(grants);
  const open = isOpen(goal.status);
  const finished = !open;
  const p = goal.overallProgress;

  return (
    <article className="stack" aria-labelledby="goal-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${goal.network.id}`}>{goal.network.name}</Link> › {t('list.title')}
      </nav>
      <header className="stack">
        <h1 id="goal-title">{goal.title}</h1>
        <p>
          <GoalStatusBadge status={goal.status} />
        </p>
        {presence.users.length > 0 && (
          <p className="meta">
            {t('viewingNow', { names: presence.users.map((u) => u.displayName).join(', ') })}
          </p>
        )}
      </header>

      <section className="card stack" aria-labelledby="goal-about">
        <h2 id="goal-about">{t('page.about')}</h2>
        {goal.description && <p className={styles.prewrap}>{goal.description}</p>}
        <dl className={styles.facts}>
          <dt>{t('page.target')}</dt>
          <dd>{goal.target ?? t('page.noTarget')}</dd>
          <dt>{t('page.due')}</dt>
          <dd data-testid="goal-due">{dueText(t, goal.dueDate, i18n.language, new Date(), finished)}</dd>
          <dt>{t('page.status')}</dt>
          <dd>{t(`progress:goalStatus.${goal.status}`)}</dd>
          {goal.baselineRound && (
            <>
              <dt>{t('page.baseline')}</dt>
              <dd>
                <Link to={`/rounds/${goal.baselineRound.id}/compilation`}>{goal.baselineRound.title}</Link>
              </dd>
            </>
          )}
          <dt>{t('page.progress')}</dt>
          <dd data-testid="goal-progress">
            {progressText(t, {
              done: p.done,
              committed: p.committed,
              milestonesDone: p.milestonesDone,
              milestones: p.milestonesTotal,
            })}
          </dd>
          <dt>{t('page.standing')}</dt>
          <dd data-testid="goal-standing">
            {statusCountsText(t, {
              DONE: p.done,
              ON_TRACK: p.onTrack,
              AT_RISK: p.atRisk,
              OFF_TRACK: p.offTrack,
              NONE: p.notReported,
            })}
          </dd>
          {goal.createdBy && (
            <>
              <dt>{t('page.proposedBy')}</dt>
              <dd>
                {t('page.proposedByValue', {
                  name: goal.createdBy.displayName,
                  date: formatDate(goal.createdAt, i18n.language),
                })}
              </dd>
            </>
          )}
        </dl>
        {isCoordinator && open && <EditGoal goal={goal} />}
        {isCoordinator && <StatusControl goal={goal} />}
      </section>

      {mine.map((municipalityId) => (
        <MyMunicipality key={municipalityId} goal={goal} municipalityId={municipalityId} grants={grants} />
      ))}

      <FollowUp goal={goal} />
      <Commitments goal={goal} />
      <Milestones goal={goal} isCoordinator={isCoordinator} />
      <Timeline goal={goal} />
      {goalSections.map(({ key, Component }) => (
        <Component key={key} goalId={goal.id} networkId={goal.network.id} />
      ))}
    </article>
  );
}
