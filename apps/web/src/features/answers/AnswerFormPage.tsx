import { useQuery } from '@apollo/client/react';
import { answeringOpen, answersVisibleTo, can, type RoleGrant } from '@samrad/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useAuth } from '../../auth/AuthProvider';
import { QueryState } from '../../layout/QueryState';
import { ANSWER_FORM, ANSWER_PREFILLS, VISIBLE_ANSWERS } from './answers.graphql';
import { CoEditors } from './CoEditors';
import type { Prefill } from './PrefillSuggestion';
import { QuestionAnswer } from './QuestionAnswer';
import { SubmitPanel } from './SubmitPanel';
import type { AnswerAccess, QuestionView, VisibleAnswer } from './types';
import { useAnswerAnnouncements } from './useAnswerAnnouncements';
import styles from './answers.module.css';

/**
 * One municipality's answers in a round: the questions by section with autosave, progress and
 * the submit/approve moves, the others' answers once give-to-get allows. Live through the round's
 * room: every answer event refetches the page's queries (debounced), and each question takes in
 * others' saves unless it is being edited here.
 */
export function AnswerFormPage() {
  const { id = '', municipalityId = '' } = useParams();
  const { t } = useTranslation('answers');
  const { user } = useAuth();
  const { data, loading, error, refetch } = useQuery(ANSWER_FORM, { variables: { id, municipalityId } });
  const round = data?.round;
  const municipality = round?.network.municipalities.find((m) => m.id === municipalityId);
  usePageTitle(municipality ? t('pageTitle', { municipality: municipality.name }) : t('title'));
  const room = round ? `round:${id}` : null;
  useAnswerAnnouncements(room, municipalityId);

  const grants: RoleGrant[] = useMemo(
    () =>
      (round?.network.myMemberships ?? []).map((m) => ({
        role: m.role,
        municipalityId: m.municipality?.id ?? null,
      })),
    [round],
  );
  const submission = round?.answerSubmissions.find((s) => s.municipality.id === municipalityId);
  const open = round
    ? answeringOpen(round.phase, submission?.lateUntil ? new Date(submission.lateUntil) : null)
    : false;
  const access = useMemo<AnswerAccess | null>(() => {
    if (!user) return null;
    const canContribute = can(grants, 'municipality.contribute', municipalityId);
    return {
      userId: user.id,
      canContribute,
      canEdit: canContribute && open,
      canApprove: can(grants, 'municipality.approve', municipalityId),
      isCoordinator: can(grants, 'network.manage'),
    };
  }, [grants, municipalityId, open, user]);

  // Give-to-get, as the API applies it: the web only decides whether to say why nothing is shown.
  const own = grants.flatMap((g) => (g.municipalityId ? [g.municipalityId] : []));
  const visible = round
    ? answersVisibleTo({
        phase: round.phase,
        coordinator: access?.isCoordinator ?? false,
        own,
        submitted: (round.answerSubmissions ?? [])
          .filter((s) => own.includes(s.municipality.id) && (s.submittedAt || s.status !== 'DRAFT'))
          .map((s) => s.municipality.id),
      })
    : [];
  const othersVisible = visible === 'ALL';
  const { data: visibleData } = useQuery(VISIBLE_ANSWERS, { variables: { id }, skip: !othersVisible });

  const othersByQuestion = useMemo(() => {
    const map = new Map<string, VisibleAnswer[]>();
    for (const answer of visibleData?.round?.answers ?? []) {
      if (answer.municipality.id === municipalityId) continue;
      map.set(answer.indicator.id, [...(map.get(answer.indicator.id) ?? []), answer]);
    }
    return map;
  }, [visibleData, municipalityId]);

  // Only those who can answer are offered a starting value (the API serves the municipality's own people).
  const { data: prefillData } = useQuery(ANSWER_PREFILLS, {
    variables: { id, municipalityId },
    skip: !access?.canEdit,
  });
  const prefills = useMemo(() => {
    // The API lists last round first: that one is offered when both exist.
    const map = new Map<string, Prefill>();
    for (const p of prefillData?.round?.answerPrefills ?? [])
      if (!map.has(p.indicator.id)) map.set(p.indicator.id, p);
    return map;
  }, [prefillData]);

  if (isDenied(error, !loading && !error && data !== undefined && !round))
    return <AccessDenied what="round" />;
  if (!round || !access) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  if (!municipality) return <AccessDenied what="page" />;

  const answers = new Map(round.answers.map((a) => [a.indicator.id, a]));
  const sections = groupBySection(round.questions);

  return (
    <article className="stack" aria-labelledby="answers-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${round.network.id}`}>{round.network.name}</Link> ›{' '}
        <Link to={`/rounds/${round.id}`}>{round.title}</Link> ›{' '}
        <Link to={`/rounds/${round.id}/answers`}>{t('overview.title')}</Link>
      </nav>
      <header>
        <h1 id="answers-title">{t('pageTitle', { municipality: municipality.name })}</h1>
        {!access.canEdit && (
          <p className="meta">{access.canContribute ? t('readOnly.closed') : t('readOnly.role')}</p>
        )}
        <CoEditors
          room={`round:${round.id}`}
          municipalityId={municipalityId}
          members={round.network.members}
        />
      </header>
      <SubmitPanel
        roundId={round.id}
        municipalityId={municipalityId}
        questions={round.questions}
        answeredIds={new Set(answers.keys())}
        submission={submission}
        access={access}
        answeringOpen={open}
      />
      <p className={othersVisible ? 'meta' : styles.notice} data-testid="give-to-get">
        {othersVisible
          ? t('others.visible')
          : own.length > 0
            ? t('others.hidden')
            : t('others.hiddenUntilCompilation')}
      </p>
      {sections.map(([section, questions]) => (
        <section key={section ?? ''} className="stack" aria-labelledby={`section-${slug(section)}`}>
          <h2 id={`section-${slug(section)}`}>{section ?? t('noSection')}</h2>
          {questions.map((question) => (
            <QuestionAnswer
              key={question.id}
              roundId={round.id}
              municipalityId={municipalityId}
              question={question}
              answer={answers.get(question.id)}
              access={access}
              others={othersVisible ? (othersByQuestion.get(question.id) ?? []) : null}
              prefill={prefills.get(question.id)}
            />
          ))}
        </section>
      ))}
    </article>
  );
}

/** Questions by their section, in questionnaire order (a section's first question places it). */
function groupBySection(questions: QuestionView[]): [string | null, QuestionView[]][] {
  const groups = new Map<string | null, QuestionView[]>();
  for (const q of questions)
    groups.set(q.indicator.section ?? null, [...(groups.get(q.indicator.section ?? null) ?? []), q]);
  return [...groups];
}

const slug = (section: string | null) => (section ?? 'none').toLowerCase().replace(/[^a-z0-9]+/g, '-');
