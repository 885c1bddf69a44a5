import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, TextField } from '../../layout/forms';
import { focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { dateInputValue, dueText, endOfDay, formatDate } from '../../shared/goals/progress';
import { useAction } from '../../shared/useAction';
import { todayInput } from './dates';
import {
  ADD_MILESTONE,
  DELETE_MILESTONE,
  UPDATE_MILESTONE,
  type GoalMilestone,
  type GoalPageGoal,
} from './goals.graphql';
import { isOpen } from './status';
import styles from './goals.module.css';

/** The goal's steps: everyone reads them; the coordinator adds, edits, marks done and deletes. */
export function Milestones({ goal, isCoordinator }: { goal: GoalPageGoal; isCoordinator: boolean }) {
  const { t } = useTranslation('goals');
  const manage = isCoordinator && isOpen(goal.status);
  const action = useAction();
  const message = action.error ?? action.notice;
  return (
    <section className="card stack" aria-labelledby="milestones-title" data-testid="milestones">
      <h2 id="milestones-title">{t('milestones.title')}</h2>
      <p role="status" className={message ? 'notice' : undefined}>
        {message}
      </p>
      {goal.milestones.length === 0 ? (
        <p className="meta">{t('milestones.none')}</p>
      ) : (
        <ul className={styles.milestones}>
          {goal.milestones.map((m) => (
            <MilestoneItem key={m.id} milestone={m} manage={manage} action={action} />
          ))}
        </ul>
      )}
      {manage && <AddMilestone goalId={goal.id} />}
    </section>
  );
}

function MilestoneItem({
  milestone: m,
  manage,
  action,
}: {
  milestone: GoalMilestone;
  manage: boolean;
  action: ReturnType<typeof useAction>;
}) {
  const { t, i18n } = useTranslation('goals');
  const [update] = useMutation(UPDATE_MILESTONE);
  const [remove] = useMutation(DELETE_MILESTONE);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(m.title);
  const [dueDate, setDueDate] = useState(dateInputValue(m.dueDate));

  async function save(event: FormEvent) {
    event.preventDefault();
    const input: { title?: string; dueDate?: string | null } = {};
    if (title.trim() && title.trim() !== m.title) input.title = title.trim();
    if (dueDate !== dateInputValue(m.dueDate)) input.dueDate = endOfDay(dueDate);
    const done = await action.run(() => update({ variables: { id: m.id, input } }), {
      success: t('milestones.saved', { title: title.trim() }),
      errors: { BAD_USER_INPUT: 'goals:milestones.invalid' },
    });
    if (done) setEditing(false);
  }

  return (
    <li data-testid={`milestone-${m.title}`}>
      <span aria-hidden="true">{m.done ? '✓' : '○'}</span>
      <span className={m.done ? styles.doneTitle : undefined}>{m.title}</span>
      <span className="meta">
        {m.done
          ? t('milestones.doneBy', {
              date: formatDate(m.doneAt!, i18n.language),
              name: m.doneBy?.displayName ?? '–',
            })
          : t('milestones.due', { due: dueText(t, m.dueDate, i18n.language, new Date()) })}
      </span>
      <span className="visually-hidden">{m.done ? t('milestones.isDone') : t('milestones.isOpen')}</span>
      {manage && (
        <span className="inline-actions">
          <button
            type="button"
            disabled={action.pending}
            onClick={() =>
              void action.run(() => update({ variables: { id: m.id, input: { done: !m.done } } }), {
                success: m.done
                  ? t('milestones.reopened', { title: m.title })
                  : t('milestones.marked', { title: m.title }),
              })
            }
          >
            {m.done
              ? t('milestones.reopen', { title: m.title })
              : t('milestones.markDone', { title: m.title })}
          </button>
          <button type="button" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {t('milestones.edit', { title: m.title })}
          </button>
          <button
            type="button"
            className="danger"
            disabled={action.pending}
            onClick={() =>
              void action.run(() => remove({ variables: { id: m.id } }), {
                success: t('milestones.deleted', { title: m.title }),
              })
            }
          >
            {t('milestones.delete', { title: m.title })}
          </button>
        </span>
      )}
      {editing && (
        <form onSubmit={save} noValidate>
          <TextField
            label={t('milestones.name')}
            value={title}
            onChange={setTitle}
            maxLength={200}
            required
          />
          <TextField label={t('milestones.dueDate')} type="date" value={dueDate} onChange={setDueDate} />
          <button type="submit" disabled={action.pending}>
            {t('milestones.save')}
          </button>
        </form>
      )}
    </li>
  );
}

function AddMilestone({ goalId }: { goalId: string }) {
  const { t } = useTranslation('goals');
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [add] = useMutation(ADD_MILESTONE);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors({
      title: !title.trim() && t('form.titleRequired'),
      dueDate: !!dueDate && dueDate < todayInput() && t('form.duePast'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const done = await run(
      () => add({ variables: { input: { goalId, title: title.trim(), dueDate: endOfDay(dueDate) } } }),
      {
        success: t('milestones.added', { title: title.trim() }),
        fields: { title: 'goals:form.titleRequired', dueDate: 'goals:form.duePast' },
      },
    );
    if (done) {
      setTitle('');
      setDueDate('');
    } else focusFirstInvalid(form);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-milestone-title">
      <h3 id="add-milestone-title">{t('milestones.add')}</h3>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <FormError message={error} />
      <TextField
        label={t('milestones.name')}
        value={title}
        onChange={setTitle}
        maxLength={200}
        required
        error={fieldErrors.title}
      />
      <TextField
        label={t('milestones.dueDate')}
        type="date"
        min={todayInput()}
        value={dueDate}
        onChange={setDueDate}
        error={fieldErrors.dueDate}
      />
      <button type="submit" disabled={pending}>
        {t('milestones.addSubmit')}
      </button>
    </form>
  );
}
