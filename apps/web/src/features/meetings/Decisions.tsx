import { useMutation, useQuery } from '@apollo/client/react';
import { MEETING_DECISION_MAX } from '@samrad/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { useAction } from '../../shared/useAction';
import { MarkdownBody } from '../../shared/markdown/MarkdownBody';
import {
  ADD_DECISION,
  AGENDA_SUGGESTIONS,
  REMOVE_DECISION,
  UPDATE_DECISION,
  type MeetingPageMeeting,
} from './meetings.graphql';
import styles from './meetings.module.css';

/**
 * The meeting's decisions, each with what it is about (a goal, linked to its page, or an agreed reading).
 * Coordinators and heads add, change and remove them; the link choices are the network's goals and the agreed
 * interpretations of its latest round with one.
 */
export function Decisions({ meeting, editable }: { meeting: MeetingPageMeeting; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const [remove] = useMutation(REMOVE_DECISION);
  const { run, pending, error, notice } = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card stack" aria-labelledby="decisions-title" data-testid="decisions">
      <h2 id="decisions-title">{t('decisions.title')}</h2>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <FormError message={error} />
      {meeting.decisions.length === 0 ? (
        <p className="meta">{t('decisions.empty')}</p>
      ) : (
        <ol className={styles.agenda}>
          {meeting.decisions.map((d, i) => (
            <li key={d.id} data-testid="decision">
              {editing === d.id ? (
                <DecisionForm meeting={meeting} decision={d} number={i + 1} onDone={() => setEditing(null)} />
              ) : (
                <MarkdownBody body={d.text} />
              )}
              {d.goal && (
                <p className="meta">
                  <Link to={`/goals/${d.goal.id}`}>{t('decisions.goal', { title: d.goal.title })}</Link>
                </p>
              )}
              {d.interpretation && (
                <p className="meta">
                  {t('decisions.interpretation', { text: d.interpretation.outcome ?? d.interpretation.text })}
                </p>
              )}
              {editable && editing !== d.id && (
                <p className="row">
                  <button type="button" onClick={() => setEditing(d.id)}>
                    {t('decisions.edit', { n: i + 1 })}
                  </button>
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() =>
                      void run(() => remove({ variables: { id: d.id } }), { success: t('decisions.removed') })
                    }
                  >
                    {t('decisions.remove', { n: i + 1 })}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <details>
          <summary>{t('decisions.add')}</summary>
          <DecisionForm meeting={meeting} />
        </details>
      )}
    </section>
  );
}

type Decision = MeetingPageMeeting['decisions'][number];

/** A new decision, or a change of `decision` (number `number` in the list) that `onDone` closes. */
function DecisionForm({
  meeting,
  decision,
  number,
  onDone,
}: {
  meeting: MeetingPageMeeting;
  decision?: Decision;
  number?: number;
  onDone?: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [text, setText] = useState(decision?.text ?? '');
  const [link, setLink] = useState(
    decision?.goal
      ? `goal:${decision.goal.id}`
      : decision?.interpretation
        ? `interpretation:${decision.interpretation.id}`
        : '',
  );
  const [missing, setMissing] = useState(false);
  const { data } = useQuery(AGENDA_SUGGESTIONS, { variables: { id: meeting.id } });
  const readings = (data?.meeting?.agendaSuggestions ?? []).filter((s) => s.kind === 'INTERPRETATION');
  const [add] = useMutation(ADD_DECISION);
  const [update] = useMutation(UPDATE_DECISION);
  const idPrefix = decision ? `decision-${decision.id}` : 'decision';
  const { run, pending, error, notice, fieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setMissing(!text.trim());
    if (!text.trim()) return focusFirstInvalid(form);
    const [kind, id] = link.split(':');
    const input = {
      text: text.trim(),
      goalId: kind === 'goal' ? id : null,
      interpretationId: kind === 'interpretation' ? id : null,
    };
    const done = await run(
      async () => {
        if (decision) await update({ variables: { id: decision.id, input } });
        else await add({ variables: { meetingId: meeting.id, input } });
        return true;
      },
      {
        success: t(decision ? 'decisions.updated' : 'decisions.added'),
        fields: {
          text: 'meetings:decisions.textRequired',
          goalId: 'meetings:decisions.linkInvalid',
          interpretationId: 'meetings:decisions.linkInvalid',
        },
      },
    );
    if (!done) focusFirstInvalid(form);
    else if (onDone) onDone();
    else {
      setText('');
      setLink('');
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="stack"
      aria-label={decision ? t('decisions.number', { n: number }) : undefined}
    >
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <FormError message={error} />
      <Field
        label={t('decisions.text')}
        id={`${idPrefix}-text`}
        error={missing ? t('decisions.textRequired') : fieldErrors.text}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={text}
            maxLength={MEETING_DECISION_MAX}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('decisions.link')}
        id={`${idPrefix}-link`}
        error={fieldErrors.goalId ?? fieldErrors.interpretationId}
      >
        {(control) => (
          <select {...control} value={link} onChange={(e) => setLink(e.target.value)}>
            <option value="">{t('decisions.noLink')}</option>
            {meeting.network.goals.length > 0 && (
              <optgroup label={t('decisions.goals')}>
                {meeting.network.goals.map((g) => (
                  <option key={g.id} value={`goal:${g.id}`}>
                    {g.title}
                  </option>
                ))}
              </optgroup>
            )}
            {readings.length > 0 && (
              <optgroup label={t('decisions.interpretations')}>
                {readings.map((r) => (
                  <option key={r.interpretationId} value={`interpretation:${r.interpretationId}`}>
                    {r.title}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        )}
      </Field>
      <p className="row">
        <button type="submit" className="primary" disabled={pending}>
          {t(decision ? 'decisions.save' : 'decisions.submit')}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            {t('decisions.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
