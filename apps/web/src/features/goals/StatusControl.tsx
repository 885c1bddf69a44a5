import { useMutation } from '@apollo/client/react';
import type { GoalStatus } from '@samrad/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { useAction } from '../../shared/useAction';
import { SET_GOAL_STATUS, type GoalPageGoal } from './goals.graphql';
import { nextStatuses, reasonRequired } from './status';

/** The coordinator moves the goal on (activate, achieved, dropped); achieved and dropped need a reason. */
export function StatusControl({ goal }: { goal: GoalPageGoal }) {
  const { t } = useTranslation('goals');
  const options = nextStatuses(goal.status);
  const [status, setStatus] = useState<GoalStatus | ''>('');
  const [reason, setReason] = useState('');
  const [setGoalStatus] = useMutation(SET_GOAL_STATUS);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();
  if (options.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors({
      status: !status && t('status.choose'),
      reason: !!status && reasonRequired(status) && !reason.trim() && t('status.reasonRequired'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length || !status) return focusFirstInvalid(form);
    const done = await run(
      () => setGoalStatus({ variables: { id: goal.id, status, reason: reason.trim() || null } }),
      {
        success: t('status.changed', { status: t(`progress:goalStatus.${status}`) }),
        errors: { STATUS_TRANSITION: 'goals:status.transition' },
        fields: { reason: 'goals:status.reasonRequired' },
      },
    );
    if (done) {
      setStatus('');
      setReason('');
    } else focusFirstInvalid(form);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="status-form-title">
      <h3 id="status-form-title">{t('status.title')}</h3>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <FormError message={error} />
      <Field label={t('status.to')} error={fieldErrors.status} id="goal-next-status">
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as GoalStatus | '')}>
            <option value="">{t('status.choose')}</option>
            {options.map((s) => (
              <option key={s} value={s}>
                {t(`status.action.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={status && reasonRequired(status) ? t('status.reason') : t('status.reasonOptional')}
        error={fieldErrors.reason}
        id="goal-status-reason"
      >
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
      <button type="submit" disabled={pending}>
        {t('status.submit')}
      </button>
    </form>
  );
}
