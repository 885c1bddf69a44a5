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
  type MeetingPageMeeting,
} from './meetings.graphql';
import styles from './meetings.module.css';

/**
 * The meeting's decisions, each with what it is about (a goal, linked to its page, or an agreed reading).
 * Coordinators and heads add and remove them; the link choices are the network's goals and the agreed
 * interpretations of its latest round with one.
 */
export function Decisions({ meeting, editable }: { meeting: MeetingPageMeeting; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const [remove] = useMutation(REMOVE_DECISION);
  const { run, pending, error, notice } = useAction();
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
              <MarkdownBody body={d.text} />
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
              {editable && (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() =>
                    void run(() => remove({ variables: { id: d.id } }), { success: t('decisions.removed') })
                  }
                >
                  {t('decisions.remove', { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && <AddDecision meeting={meeting} />}
    </section>
  );
}

function AddDecision({ meeting }: { meeting: MeetingPageMeeting }) {
  const { t } = useTranslation('meetings');
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [missing, setMissing] = useState(false);
  const { data } = useQuery(AGENDA_SUGGESTIONS, { variables: { id: meeting.id } });
  const readings = (data?.meeting?.agendaSuggestions ?? []).filter((s) => s.kind === 'INTERPRETATION');
  const [add] = useMutation(ADD_DECISION);
  const { run, pending, error, notice, fieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setMissing(!text.trim());
    if (!text.trim()) return focusFirstInvalid(form);
    const [kind, id] = link.split(':');
    const done = await run(
      () =>
        add({
          variables: {
            meetingId: meeting.id,
            input: {
              text: text.trim(),
              goalId: kind === 'goal' ? id : null,
              interpretationId: kind === 'interpretation' ? id : null,
            },
          },
        }),
      {
        success: t('decisions.added'),
        fields: {
          text: 'meetings:decisions.textRequired',
          goalId: 'meetings:decisions.linkInvalid',
          interpretationId: 'meetings:decisions.linkInvalid',
        },
      },
    );
    if (done) {
      setText('');
      setLink('');
    } else focusFirstInvalid(form);
  }

  return (
    <details>
      <summary>{t('decisions.add')}</summary>
      <form onSubmit={submit} noValidate className="stack">
        <p role="status" className={notice ? 'notice' : undefined}>
          {notice}
        </p>
        <FormError message={error} />
        <Field
          label={t('decisions.text')}
          id="decision-text"
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
          id="decision-link"
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
        <p>
          <button type="submit" className="primary" disabled={pending}>
            {t('decisions.submit')}
          </button>
        </p>
      </form>
    </details>
  );
}
