import { useMutation, useQuery } from '@apollo/client/react';
import { can } from '@samrad/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { FormError } from '../../layout/forms';
import { QueryState } from '../../layout/QueryState';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { endOfDay } from '../../shared/goals/progress';
import { useAction } from '../../shared/useAction';
import { GoalFields, type GoalText } from './GoalFields';
import { CREATE_GOAL, GOAL_FORM } from './goals.graphql';
import { todayInput } from './dates';
import styles from './goals.module.css';

/** Goals are proposed from a round's results while it is in discussion or goal setting. */
const OPEN_PHASES = new Set(['DISCUSSION', 'GOAL_SETTING']);

/**
 * A new goal. From a compilation question (`?round=&indicator=`) the baseline round and the
 * indicator come prefilled; without them the goal lives at network level without indicators.
 */
export function CreateGoalPage() {
  const { id: networkId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('goals');
  const navigate = useNavigate();
  usePageTitle(t('form.title'));
  const { data, loading, error, refetch } = useQuery(GOAL_FORM, { variables: { networkId } });
  const [create] = useMutation(CREATE_GOAL);
  const { run, pending, error: failed, fieldErrors, setFieldErrors } = useAction();
  const [roundId, setRoundId] = useState(params.get('round') ?? '');
  const [indicatorIds, setIndicatorIds] = useState<string[]>(
    params.get('indicator') ? [params.get('indicator')!] : [],
  );
  const [adding, setAdding] = useState('');
  const [text, setText] = useState<GoalText>({ title: '', description: '', target: '', dueDate: '' });
  const { title, description, target, dueDate } = text;

  const network = data?.network;
  if (isDenied(error, !loading && !error && data !== undefined && !network))
    return <AccessDenied what="network" />;
  if (!network) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const grants = network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  if (!can(grants, 'network.manage')) return <AccessDenied what="page" />;

  const rounds = network.rounds.filter((r) => OPEN_PHASES.has(r.phase) || r.id === roundId);
  const round = network.rounds.find((r) => r.id === roundId);
  const questions = round?.indicatorSet.indicators ?? [];
  const picked = indicatorIds
    .map((id) => questions.find((q) => q.id === id))
    .filter((q): q is (typeof questions)[number] => !!q);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors({
      title: !title.trim() && t('form.titleRequired'),
      dueDate: !!dueDate && dueDate < todayInput() && t('form.duePast'),
      baselineRoundId: picked.length > 0 && !roundId && t('form.baselineRequired'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const result = await run(
      () =>
        create({
          variables: {
            input: {
              networkId,
              title: title.trim(),
              description: description.trim() || null,
              target: target.trim() || null,
              dueDate: endOfDay(dueDate),
              baselineRoundId: roundId || null,
              indicatorIds: roundId ? picked.map((q) => q.id) : [],
            },
          },
        }),
      {
        errors: { PHASE_CLOSED: 'goals:form.phaseClosed' },
        fields: {
          title: 'goals:form.titleRequired',
          dueDate: 'goals:form.duePast',
          baselineRoundId: 'goals:form.baselineRequired',
          indicatorIds: 'goals:form.indicatorsInvalid',
        },
      },
    );
    if (result?.data) navigate(`/goals/${result.data.createGoal.id}`);
    else focusFirstInvalid(form);
  }

  return (
    <article className="stack" aria-labelledby="goal-form-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${network.id}`}>{network.name}</Link>
        {round && (
          <>
            {' › '}
            <Link to={`/rounds/${round.id}/compilation`}>{round.title}</Link>
          </>
        )}
      </nav>
      <h1 id="goal-form-title">{t('form.title')}</h1>
      <form className="card" onSubmit={submit} noValidate>
        <FormError message={failed} />
        <Field
          label={t('form.baseline')}
          hint={t('form.baselineHint')}
          error={fieldErrors.baselineRoundId}
          id="goal-baseline"
        >
          {(control) => (
            <select
              {...control}
              value={roundId}
              onChange={(e) => {
                setRoundId(e.target.value);
                setIndicatorIds([]);
              }}
            >
              <option value="">{t('form.noBaseline')}</option>
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        {round && (
          <fieldset>
            <legend>{t('form.indicators')}</legend>
            {picked.length === 0 ? (
              <p className="meta">{t('form.noIndicators')}</p>
            ) : (
              <ul className={styles.picked} data-testid="picked-indicators">
                {picked.map((q) => (
                  <li key={q.id}>
                    <span>
                      <strong>{q.code}</strong> {q.text}
                    </span>
                    <button
                      type="button"
                      aria-label={t('form.removeIndicator', { code: q.code })}
                      onClick={() => setIndicatorIds((ids) => ids.filter((id) => id !== q.id))}
                    >
                      {t('form.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <Field label={t('form.addIndicator')} error={fieldErrors.indicatorIds} id="goal-add-indicator">
              {(control) => (
                <select
                  {...control}
                  value={adding}
                  onChange={(e) => {
                    const id = e.target.value;
                    if (id && !indicatorIds.includes(id)) setIndicatorIds((ids) => [...ids, id]);
                    setAdding('');
                  }}
                >
                  <option value="">{t('form.chooseIndicator')}</option>
                  {questions
                    .filter((q) => !indicatorIds.includes(q.id))
                    .map((q) => (
                      <option key={q.id} value={q.id}>
                        {`${q.code} – ${q.text}`}
                      </option>
                    ))}
                </select>
              )}
            </Field>
          </fieldset>
        )}
        <GoalFields idPrefix="new-goal" value={text} onChange={setText} errors={fieldErrors} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t('form.submit')}
          </button>
          <Link to={`/networks/${network.id}`}>{t('common:actions.cancel')}</Link>
        </div>
      </form>
    </article>
  );
}
