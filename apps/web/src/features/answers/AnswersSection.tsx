import { useQuery } from '@apollo/client/react';
import { contributingMunicipalities } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundSectionProps } from '../../shared/round-sections';
import { ANSWER_OVERVIEW } from './answers.graphql';
import { submissionRows } from './submissions';

/** On the round page: my municipality's answers (status, progress, the way to the form) and the overview. */
export function AnswersSection({ roundId }: RoundSectionProps) {
  const { t, i18n } = useTranslation('answers');
  const { data } = useQuery(ANSWER_OVERVIEW, { variables: { id: roundId } });
  const round = data?.round;
  if (!round) return null;
  const grants = round.network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const own = new Set([
    ...contributingMunicipalities(grants),
    ...grants.flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])),
  ]);
  const mine = submissionRows(round.network.municipalities, round.answerSubmissions, i18n.language).filter(
    (s) => own.has(s.municipality.id),
  );
  return (
    <section className="card" aria-labelledby="answers-section-title">
      <h2 id="answers-section-title">{t('title')}</h2>
      {mine.length > 0 && (
        <ul>
          {mine.map((s) => (
            <li key={s.municipality.id}>
              <Link to={`/rounds/${roundId}/answers/${s.municipality.id}`}>
                {t('sectionLink', { municipality: s.municipality.name })}
              </Link>{' '}
              <span className="meta">
                · {t(`status.${s.status}`)} ·{' '}
                {t('progress', { answered: s.answered, total: round.questions.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/rounds/${roundId}/answers`}>{t('overview.link')}</Link>
      </p>
    </section>
  );
}
