import { Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '@samrad/domain';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { QueryState } from '../../layout/QueryState';
import { usePresence } from '../../realtime/hooks';
import { IndicatorList } from '../../shared/indicators/IndicatorList';
import { roundSections } from '../../shared/round-sections';
import { DeadlinesEditor } from './DeadlinesEditor';
import { PhaseControls } from './PhaseControls';
import { PhaseTimeline } from './PhaseTimeline';
import { ROUND_PAGE } from './rounds.graphql';
import styles from './rounds.module.css';
import { usePageTitle } from '../../a11y/page';

export function RoundPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('rounds');
  const { data, loading, error, refetch } = useQuery(ROUND_PAGE, { variables: { id } });
  usePageTitle(data?.round?.title ?? t('a11y:titles.round'));
  // Following the round's room keeps the page live: a phase change by the coordinator shows at once.
  const presence = usePresence(data?.round ? `round:${id}` : null);
  // What others change here (a phase moved on) is read out through the live region.
  useRoomAnnouncements(data?.round ? `round:${id}` : null);
  const round = data?.round;
  if (isDenied(error, !loading && !error && data !== undefined && !round))
    return <AccessDenied what="round" />;
  if (!round) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const grants = round.network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const isCoordinator = can(grants, 'network.manage');

  return (
    <article className="stack" aria-labelledby="round-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${round.network.id}`}>{round.network.name}</Link>
      </nav>
      <header>
        <h1 id="round-title">{round.title}</h1>
        <p className="meta">
          {round.indicatorSet.title} · {t('version', { version: round.indicatorSet.version })}
          {round.previousRound && (
            <>
              {' · '}
              {t('previous')}:{' '}
              <Link to={`/rounds/${round.previousRound.id}`}>{round.previousRound.title}</Link>
            </>
          )}
        </p>
        {presence.users.length > 0 && (
          <p className="meta">
            {t('viewingNow', { names: presence.users.map((u) => u.displayName).join(', ') })}
          </p>
        )}
      </header>

      <section className="card" aria-labelledby="phase-title">
        <h2 id="phase-title">
          {t('phase')}: <span data-testid="current-phase">{t(`phases.${round.phase}`)}</span>
        </h2>
        <PhaseTimeline phase={round.phase} deadlines={round.phaseDeadlines} />
        {isCoordinator && <PhaseControls roundId={round.id} phase={round.phase} version={round.version} />}
        {isCoordinator && round.phase !== 'CLOSED' && (
          <DeadlinesEditor roundId={round.id} deadlines={round.phaseDeadlines} />
        )}
        <details>
          <summary>{t('history.title')}</summary>
          <ol className={styles.history}>
            {round.phaseHistory.map((change) => (
              <li key={change.id}>
                {new Date(change.changedAt).toLocaleString(i18n.language)} · {t(`phases.${change.toPhase}`)}
                {change.changedBy && ` · ${change.changedBy.displayName}`}
                {change.reason && <span className="meta"> — {change.reason}</span>}
              </li>
            ))}
          </ol>
        </details>
      </section>

      {/* Sections of other features load as their own chunks (preloaded with this page). */}
      <Suspense fallback={<p className="meta">{t('common:loading')}</p>}>
        {roundSections.map(({ key, Component }) => (
          <Component key={key} roundId={round.id} />
        ))}
      </Suspense>

      <section className="card" aria-labelledby="questions-title">
        <h2 id="questions-title">
          {t('indicators.title')} <span className="badge">{round.indicatorSet.indicators.length}</span>
        </h2>
        <IndicatorList indicators={round.indicatorSet.indicators} />
      </section>
    </article>
  );
}
