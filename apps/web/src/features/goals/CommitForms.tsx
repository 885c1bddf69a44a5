import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { FormError } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { useAction } from '../../shared/useAction';
import { COMMIT_TO_GOAL, DECLINE_GOAL, type GoalCommitment, type GoalPageGoal } from './goals.graphql';

/** The head commits the municipality: a plan and who follows it up (a head or editor of the municipality). */
export function CommitForm({
  goal,
  municipalityId,
  commitment,
}: {
  goal: GoalPageGoal;
  municipalityId: string;
  commitment: GoalCommitment | undefined;
}) {
  const { t } = useTranslation('goals');
  const { user } = useAuth();
  const people = new Map(
    goal.network.members
      .filter((m) => m.municipality?.id === municipalityId && (m.role === 'HEAD' || m.role === 'EDITOR'))
      .map((m) => [m.user.id, m.user.displayName]),
  );
  const committed = commitment?.status === 'COMMITTED';
  const [plan, setPlan] = useState(committed ? (commitment.plan ?? '') : '');
  const [ownerId, setOwnerId] = useState(
    (committed && commitment.owner?.id) || (user && people.has(user.id) ? user.id : ''),
  );
  const [commit] = useMutation(COMMIT_TO_GOAL);
  const { run, pending, error, notice } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(
      () =>
        commit({
          variables: { goalId: goal.id, municipalityId, plan: plan.trim() || null, ownerId: ownerId || null },
        }),
      { success: t('commit.done'), errors: { GOAL_CLOSED: 'goals:closed' } },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`commit-${municipalityId}`}>
      <h3 id={`commit-${municipalityId}`}>{committed ? t('commit.change') : t('commit.title')}</h3>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <FormError message={error} />
      <Field label={t('commit.plan')} hint={t('commit.planHint')} id={`plan-${municipalityId}`}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={4000}
            value={plan}
            onChange={(e) => setPlan(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('commit.owner')} id={`owner-${municipalityId}`}>
        {(control) => (
          <select {...control} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value="">{t('commit.ownerDefault')}</option>
            {[...people].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="primary" disabled={pending}>
        {committed ? t('commit.save') : t('commit.submit')}
      </button>
    </form>
  );
}

/** The head declines, saying why (a later commit replaces it). */
export function DeclineForm({
  goalId,
  municipalityId,
  declined,
}: {
  goalId: string;
  municipalityId: string;
  declined: boolean;
}) {
  const { t } = useTranslation('goals');
  const [reason, setReason] = useState('');
  const [decline] = useMutation(DECLINE_GOAL);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors({ reason: !reason.trim() && t('decline.reasonRequired') });
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const done = await run(() => decline({ variables: { goalId, municipalityId, reason: reason.trim() } }), {
      success: t('decline.done'),
      errors: { GOAL_CLOSED: 'goals:closed' },
      fields: { reason: 'goals:decline.reasonRequired' },
    });
    if (done) setReason('');
    else focusFirstInvalid(form);
  }

  return (
    <details>
      <summary>{declined ? t('decline.again') : t('decline.title')}</summary>
      <form onSubmit={submit} noValidate>
        <p role="status" className={notice ? 'notice' : undefined}>
          {notice}
        </p>
        <FormError message={error} />
        <Field label={t('decline.reason')} error={fieldErrors.reason} id={`decline-${municipalityId}`}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="danger" disabled={pending}>
          {t('decline.submit')}
        </button>
      </form>
    </details>
  );
}
