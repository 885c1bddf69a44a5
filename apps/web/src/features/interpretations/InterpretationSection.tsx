import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundSectionProps } from '../../shared/round-sections';
import { INTERPRETATION_SUMMARY } from './interpretations.graphql';

/** On the round page: how far interpretation has come, and the way to it. */
export function InterpretationSection({ roundId }: RoundSectionProps) {
  const { t } = useTranslation('interpretations');
  const { data } = useQuery(INTERPRETATION_SUMMARY, { variables: { id: roundId } });
  const round = data?.round;
  return (
    <section className="card" aria-labelledby="interpretation-section-title">
      <h2 id="interpretation-section-title">{t('title')}</h2>
      {round && (
        <p data-testid="round-interpretation-progress">
          {t('progress', {
            agreed: round.interpretationProgress.agreed,
            total: round.interpretationProgress.total,
          })}{' '}
          · <span className="meta">{t(`rule.${round.consensusRule}`)}</span>
        </p>
      )}
      <p>
        <Link to={`/rounds/${roundId}/interpretations`}>{t('open')}</Link>
      </p>
    </section>
  );
}
