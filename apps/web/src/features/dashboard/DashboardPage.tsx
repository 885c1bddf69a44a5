import { useQuery } from '@apollo/client/react';
import type { ProgressStatus } from '@samrad/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../a11y/page';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { QueryState } from '../../layout/QueryState';
import { followUpSeries, type FollowUpSeries } from '../../shared/goals/follow-up';
import {
  dueText,
  formatDate,
  formatFigure,
  progressText,
  statusCountsText,
} from '../../shared/goals/progress';
import { Sparkline } from '../../shared/goals/Sparkline';
import { GoalStatusBadge, ProgressBadge } from '../../shared/goals/StatusBadge';
import {
  DASHBOARD,
  GOAL_TREND,
  NETWORK_GOAL_ANSWERS,
  type DashboardCommitment,
  type DashboardNetwork,
} from './dashboard.graphql';
import { awaitingAnswer, dueItems } from './due';
import styles from './dashboard.module.css';

/**
 * A head of social services' view across all their networks: what is due, goals waiting for my
 * municipality's answer, and each commitment's standing with its indicators' trend. Live: it
 * follows every network's room, whose goal events refetch it (realtime/cache-sync.ts).
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  usePageTitle(t('title'));
  const { data, loading, error, refetch } = useQuery(DASHBOARD, { fetchPolicy: 'cache-and-network' });
  const networks = data?.networks ?? [];
  const commitments = data?.myCommitments ?? [];
  const committed = commitments.filter((c) => c.status === 'COMMITTED');
  const declined = commitments.filter((c) => c.status === 'DECLINED');
  const due = dueItems(commitments);
  const headedIn = networks.filter((n) => n.myMemberships.some((m) => m.role === 'HEAD' && m.municipality));
  const now = new Date();

  return (
    <article className="stack" aria-labelledby="dashboard-title">
      {networks.map((n) => (
        <FollowNetwork key={n.id} networkId={n.id} />
      ))}
      <h1 id="dashboard-title">{t('title')}</h1>
      <p className="meta">{t('intro')}</p>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} />

      {data && (
        <section className="card stack" aria-labelledby="due-title">
          <h2 id="due-title">{t('due.title')}</h2>
          {due.length === 0 ? (
            <p className="meta">{t('due.none')}</p>
          ) : (
            <ul className={styles.due} data-testid="due-list">
              {due.map((item) => (
                <li key={`${item.kind}-${item.goalId}-${item.municipality}`}>
                  <Link to={`/goals/${item.goalId}`}>{item.goal}</Link>{' '}
                  <span className="meta">({item.municipality})</span>:{' '}
                  {item.kind === 'report'
                    ? t('due.report', { count: item.days })
                    : item.kind === 'milestone'
                      ? t('due.milestone', {
                          title: item.title,
                          due: dueText(t, item.at, i18n.language, now),
                        })
                      : t('due.goal', { due: dueText(t, item.at, i18n.language, now) })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {headedIn.length > 0 && (
        <section className="card stack" aria-labelledby="waiting-title">
          <h2 id="waiting-title">{t('waiting.title')}</h2>
          {headedIn.map((n) => (
            <WaitingIn key={n.id} network={n} />
          ))}
        </section>
      )}

      {data && (
        <section className="stack" aria-labelledby="commitments-title">
          <h2 id="commitments-title">{t('commitments.title')}</h2>
          {committed.length === 0 && <p className="empty">{t('commitments.none')}</p>}
          <ul className={styles.cards}>
            {committed.map((c) => (
              <CommitmentCard key={c.id} commitment={c} />
            ))}
          </ul>
        </section>
      )}

      {declined.length > 0 && (
        <section className="card" aria-labelledby="declined-title">
          <h2 id="declined-title">{t('declined.title')}</h2>
          <ul>
            {declined.map((c) => (
              <li key={c.id}>
                <Link to={`/goals/${c.goal.id}`}>{c.goal.title}</Link>{' '}
                <span className="meta">
                  {t('declined.item', { municipality: c.municipality.name, reason: c.declineReason ?? '' })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** The network's open goals that a municipality I head has not answered yet. */
function WaitingIn({ network }: { network: DashboardNetwork }) {
  const { t } = useTranslation('dashboard');
  const { data } = useQuery(NETWORK_GOAL_ANSWERS, { variables: { id: network.id } });
  const headed = network.myMemberships
    .filter((m) => m.role === 'HEAD' && m.municipality)
    .map((m) => m.municipality!);
  const items = useMemo(() => awaitingAnswer(headed, data?.network?.goals ?? []), [headed, data]);
  if (!data) return null;
  return (
    <div data-testid={`waiting-${network.id}`}>
      <h3>{network.name}</h3>
      {items.length === 0 ? (
        <p className="meta">{t('waiting.none')}</p>
      ) : (
        <ul>
          {items.map((w) => (
            <li key={`${w.goalId}-${w.municipality}`}>
              <Link to={`/goals/${w.goalId}`}>{w.goal}</Link>{' '}
              <span className="meta">{t('waiting.item', { municipality: w.municipality })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Follows one network's room (goal events refetch the dashboard) and reads out others' changes. */
function FollowNetwork({ networkId }: { networkId: string }) {
  useRoomAnnouncements(`network:${networkId}`);
  return null;
}

function CommitmentCard({ commitment: c }: { commitment: DashboardCommitment }) {
  const { t, i18n } = useTranslation('dashboard');
  const goal = c.goal;
  const p = goal.overallProgress;
  const finished = goal.status === 'ACHIEVED' || goal.status === 'DROPPED';
  const trend = useQuery(GOAL_TREND, { variables: { id: goal.id } });
  const followUp = trend.data?.goal?.followUp;
  const series = useMemo(() => (followUp ?? []).map(followUpSeries), [followUp]);
  const headingId = `commitment-${c.id}`;
  return (
    <li className="card stack" aria-labelledby={headingId} data-testid={`dashboard-goal-${goal.id}`}>
      <h3 id={headingId}>
        <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
      </h3>
      <p className="meta">
        {goal.network.name} · {c.municipality.name} · <GoalStatusBadge status={goal.status} />
      </p>
      <dl className={styles.facts}>
        <dt>{t('card.ours')}</dt>
        <dd data-testid="our-status">
          <ProgressBadge status={(c.latestProgress?.status as ProgressStatus | undefined) ?? 'NONE'} />
          {c.latestProgress && (
            <span className="meta">
              {' '}
              {t('card.reported', {
                name: c.latestProgress.reportedBy.displayName,
                date: formatDate(c.latestProgress.reportedAt, i18n.language),
              })}
            </span>
          )}
        </dd>
        <dt>{t('card.network')}</dt>
        <dd data-testid="network-standing">
          {statusCountsText(t, {
            DONE: p.done,
            ON_TRACK: p.onTrack,
            AT_RISK: p.atRisk,
            OFF_TRACK: p.offTrack,
            NONE: p.notReported,
          })}
        </dd>
        <dt>{t('card.progress')}</dt>
        <dd>
          {progressText(t, {
            done: p.done,
            committed: p.committed,
            milestonesDone: p.milestonesDone,
            milestones: p.milestonesTotal,
          })}
        </dd>
        <dt>{t('card.due')}</dt>
        <dd>{dueText(t, goal.dueDate, i18n.language, new Date(), finished)}</dd>
        {c.nextMilestone && (
          <>
            <dt>{t('card.nextMilestone')}</dt>
            <dd>
              {c.nextMilestone.title} ({dueText(t, c.nextMilestone.dueDate, i18n.language, new Date())})
            </dd>
          </>
        )}
        <dt>{t('card.owner')}</dt>
        <dd>{c.owner?.displayName ?? '–'}</dd>
        {c.plan && (
          <>
            <dt>{t('card.plan')}</dt>
            <dd className={styles.prewrap}>{c.plan}</dd>
          </>
        )}
      </dl>
      {series.length > 0 && (
        <div>
          <h4>{t('card.trend')}</h4>
          <ul className={styles.trends}>
            {series.map((s) => (
              <Trend
                key={s.code}
                series={s}
                municipalityId={c.municipality.id}
                municipality={c.municipality.name}
              />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** One linked indicator: a sparkline of my municipality (or the network) and the same figures in words. */
function Trend({
  series,
  municipalityId,
  municipality,
}: {
  series: FollowUpSeries;
  municipalityId: string;
  municipality: string;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const ours = series.municipalities.find((m) => m.id === municipalityId);
  const format = (v: number | null) =>
    formatFigure(v, i18n.language, { percentage: series.percentage, unit: series.unit });
  const words = (values: readonly (number | null)[]) =>
    series.rounds.map((r, i) => `${r.year} ${format(values[i] ?? null)}`).join(', ');
  const drawn = ours?.values.some((v) => v !== null) ? ours.values : series.network;
  return (
    <li className={styles.trend}>
      {series.numeric && <Sparkline values={drawn} />}
      <div>
        <p className={styles.trendTitle}>
          <strong>{series.code}</strong> {series.text}
        </p>
        {series.numeric ? (
          <p className="meta" data-testid={`trend-${series.code}`}>
            {ours && t('card.trendOurs', { municipality, figures: words(ours.values) })}
            {ours && ' · '}
            {t('card.trendNetwork', { figures: words(series.network) })}
          </p>
        ) : (
          <p className="meta">{t('card.noFigures')}</p>
        )}
      </div>
    </li>
  );
}
