import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can, contributingMunicipalities } from '@samrad/domain';
import { useAuth } from '../../auth/AuthProvider';
import { QueryState } from '../../layout/QueryState';
import { usePresence } from '../../realtime/hooks';
import { ROUND_INTERPRETATIONS } from './interpretations.graphql';
import { QuestionCard } from './QuestionCard';
import type { InterpretationAccess } from './types';
import styles from './interpretations.module.css';

/**
 * Joint interpretation of a round: per question its proposals with their tallies, the position
 * form, the coordinator's outcome; live through the round's room (every interpretation event
 * refetches this page's query, debounced).
 */
export function InterpretationsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('interpretations');
  const { user } = useAuth();
  const { data, loading, error, refetch } = useQuery(ROUND_INTERPRETATIONS, { variables: { id } });
  const presence = usePresence(data?.round ? `round:${id}` : null);
  const [withoutAgreed, setWithoutAgreed] = useState(false);
  const round = data?.round;

  const access = useMemo<InterpretationAccess | null>(() => {
    if (!round || !user) return null;
    const grants = round.network.myMemberships.map((m) => ({
      role: m.role,
      municipalityId: m.municipality?.id ?? null,
    }));
    const mine = new Set(contributingMunicipalities(grants));
    return {
      userId: user.id,
      phase: round.phase,
      isCoordinator: can(grants, 'network.manage'),
      canPropose: can(grants, 'interpretation.propose'),
      municipalities: round.network.municipalities.filter((m) => mine.has(m.id)),
    };
  }, [round, user]);

  if (!round || !access) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const questions = withoutAgreed ? round.questions.filter((q) => !q.agreedInterpretation) : round.questions;

  return (
    <article className="stack" aria-labelledby="interpretations-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${round.network.id}`}>{round.network.name}</Link> ›{' '}
        <Link to={`/rounds/${round.id}`}>{round.title}</Link>
      </nav>
      <header>
        <h1 id="interpretations-title">{t('title')}</h1>
        <p data-testid="interpretation-progress">
          {t('progress', {
            agreed: round.interpretationProgress.agreed,
            total: round.interpretationProgress.total,
          })}
        </p>
        <p className="meta">
          {t(`rule.${round.consensusRule}`)} ·{' '}
          {t(
            `phaseNote.${round.phase === 'INTERPRETATION' ? 'open' : round.phase === 'ANSWERING' ? 'resolveOnly' : 'closed'}`,
          )}
        </p>
        {presence.users.length > 0 && (
          <p className="meta">
            {t('viewingNow', { names: presence.users.map((u) => u.displayName).join(', ') })}
          </p>
        )}
      </header>
      <div className={styles.toolbar}>
        <label>
          <input
            type="checkbox"
            checked={withoutAgreed}
            onChange={(e) => setWithoutAgreed(e.target.checked)}
          />{' '}
          {t('filter.withoutAgreed')}
        </label>
        <Link to={`/rounds/${round.id}/interpretations/print`}>{t('print.link')}</Link>
      </div>
      {questions.length === 0 && <p>{t('filter.none')}</p>}
      {questions.map((question) => (
        <QuestionCard
          key={question.id}
          roundId={round.id}
          question={question}
          proposals={round.interpretations.filter((p) => p.indicator.id === question.id)}
          access={access}
        />
      ))}
    </article>
  );
}
