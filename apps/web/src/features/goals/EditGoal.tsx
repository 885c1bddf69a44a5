import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { dateInputValue, endOfDay } from '../../shared/goals/progress';
import { useAction } from '../../shared/useAction';
import { todayInput } from './dates';
import { GoalFields, type GoalText } from './GoalFields';
import { UPDATE_GOAL, type GoalPageGoal } from './goals.graphql';

/** The coordinator edits title, description, target and due date; only what changed is sent. */
export function EditGoal({ goal }: { goal: GoalPageGoal }) {
  const { t } = useTranslation('goals');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<GoalText>({
    title: goal.title,
    description: goal.description ?? '',
    target: goal.target ?? '',
    dueDate: dateInputValue(goal.dueDate),
  });
  const { title, description, target, dueDate } = text;
  const [update] = useMutation(UPDATE_GOAL);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const dueChanged = dueDate !== dateInputValue(goal.dueDate);
    const problems = onlyErrors({
      title: !title.trim() && t('form.titleRequired'),
      dueDate: dueChanged && !!dueDate && dueDate < todayInput() && t('form.duePast'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const input: Record<string, string | null> = {};
    if (title.trim() !== goal.title) input.title = title.trim();
    if ((description.trim() || null) !== (goal.description ?? null))
      input.description = description.trim() || null;
    if ((target.trim() || null) !== (goal.target ?? null)) input.target = target.trim() || null;
    if (dueChanged) input.dueDate = endOfDay(dueDate);
    if (Object.keys(input).length === 0) return setOpen(false);
    const done = await run(() => update({ variables: { id: goal.id, input } }), {
      success: t('edit.saved'),
      errors: { GOAL_CLOSED: 'goals:closed' },
      fields: { title: 'goals:form.titleRequired', dueDate: 'goals:form.duePast' },
    });
    if (done) setOpen(false);
    else focusFirstInvalid(form);
  }

  return (
    <>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('edit.title')}</summary>
        <form onSubmit={submit} noValidate>
          <FormError message={error} />
          <GoalFields idPrefix="edit-goal" value={text} onChange={setText} errors={fieldErrors} />
          <button type="submit" className="primary" disabled={pending}>
            {t('edit.submit')}
          </button>
        </form>
      </details>
    </>
  );
}
