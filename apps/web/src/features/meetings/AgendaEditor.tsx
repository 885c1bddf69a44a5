import { useLazyQuery, useMutation } from '@apollo/client/react';
import { MEETING_AGENDA_MAX, MEETING_NOTES_MAX, MEETING_TITLE_MAX } from '@samrad/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/Announcer';
import { FormError } from '../../layout/forms';
import { Field } from '../../shared/Field';
import { useAction } from '../../shared/useAction';
import { MarkdownBody } from '../../shared/markdown/MarkdownBody';
import { AGENDA_SUGGESTIONS, UPDATE_MEETING, type MeetingPageMeeting } from './meetings.graphql';
import styles from './meetings.module.css';

interface Item {
  key: number;
  title: string;
  notes: string;
}

type Suggestion = {
  kind: 'INTERPRETATION' | 'GOAL';
  title: string;
  text: string | null;
  goalStatus: string | null;
};

/**
 * The agenda, in order. The coordinator edits it as a whole (add, move up or down, remove, and pull in the
 * agreed interpretations and goal status), then saves it with the version it was opened at.
 */
export function AgendaEditor({ meeting, editable }: { meeting: MeetingPageMeeting; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const [editing, setEditing] = useState(false);
  return (
    <section className="card stack" aria-labelledby="agenda-title" data-testid="agenda">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {editing ? (
        <AgendaForm meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <>
          {meeting.agenda.length === 0 ? (
            <p className="meta">{t('agenda.empty')}</p>
          ) : (
            <ol className={styles.agenda}>
              {meeting.agenda.map((item) => (
                <li key={item.id}>
                  <strong>{item.title}</strong>
                  {item.notes && <MarkdownBody body={item.notes} />}
                </li>
              ))}
            </ol>
          )}
          {editable && (
            <p>
              <button type="button" onClick={() => setEditing(true)}>
                {t('agenda.edit')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function AgendaForm({ meeting, onDone }: { meeting: MeetingPageMeeting; onDone(): void }) {
  const { t } = useTranslation('meetings');
  const announce = useAnnounce();
  const next = useRef(meeting.agenda.length);
  const [version] = useState(meeting.version);
  const [items, setItems] = useState<Item[]>(() =>
    meeting.agenda.map((item, key) => ({ key, title: item.title, notes: item.notes ?? '' })),
  );
  const [missing, setMissing] = useState(false);
  const [update] = useMutation(UPDATE_MEETING);
  const { run, pending, error } = useAction();

  const add = (title = '', notes = '') => {
    setItems((list) => [...list, { key: next.current++, title, notes }]);
  };
  const change = (key: number, patch: Partial<Item>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) => {
    setItems((list) => {
      const copy = [...list];
      const [item] = copy.splice(index, 1);
      copy.splice(index + by, 0, item);
      return copy;
    });
    announce(t('agenda.moved', { n: index + by + 1 }));
    // keep the focus on the moved item's same button, now one place further
    requestAnimationFrame(() =>
      document.getElementById(`agenda-${by < 0 ? 'up' : 'down'}-${index + by}`)?.focus(),
    );
  };
  const remove = (index: number) => {
    setItems((list) => list.filter((_, i) => i !== index));
    announce(t('agenda.removed'));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (items.some((item) => !item.title.trim())) {
      setMissing(true);
      const first = items.findIndex((item) => !item.title.trim());
      document.getElementById(`agenda-title-${first}`)?.focus();
      return;
    }
    setMissing(false);
    const agenda = items.map((item) => ({ title: item.title.trim(), notes: item.notes.trim() || null }));
    const done = await run(
      () => update({ variables: { id: meeting.id, input: { expectedVersion: version, agenda } } }),
      { errors: { STALE: 'meetings:page.stale' } },
    );
    if (done) {
      announce(t('agenda.saved'));
      onDone();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError message={error ?? (missing ? t('agenda.titleRequired') : null)} />
      <ol className={styles.agenda}>
        {items.map((item, index) => {
          const n = index + 1;
          return (
            <li key={item.key} className={styles.editItem} data-testid="agenda-item">
              <Field
                label={t('agenda.itemTitle', { n })}
                id={`agenda-title-${index}`}
                error={missing && !item.title.trim() ? t('agenda.titleRequired') : null}
              >
                {(control) => (
                  <input
                    {...control}
                    value={item.title}
                    maxLength={MEETING_TITLE_MAX}
                    onChange={(e) => change(item.key, { title: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('agenda.itemNotes', { n })} id={`agenda-notes-${index}`}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    value={item.notes}
                    maxLength={MEETING_NOTES_MAX}
                    onChange={(e) => change(item.key, { notes: e.target.value })}
                  />
                )}
              </Field>
              <div className={styles.row}>
                <button
                  type="button"
                  id={`agenda-up-${index}`}
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                >
                  {t('agenda.up', { n })}
                </button>
                <button
                  type="button"
                  id={`agenda-down-${index}`}
                  onClick={() => move(index, 1)}
                  disabled={index === items.length - 1}
                >
                  {t('agenda.down', { n })}
                </button>
                <button type="button" onClick={() => remove(index)}>
                  {t('agenda.remove', { n })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" onClick={() => add()} disabled={items.length >= MEETING_AGENDA_MAX}>
          {t('agenda.add')}
        </button>
      </p>
      <PullIntoAgenda meeting={meeting} onAdd={(title, notes) => add(title, notes)} />
      <div className={styles.row}>
        <button type="submit" className="primary" disabled={pending}>
          {t('agenda.save')}
        </button>
        <button type="button" onClick={onDone} disabled={pending}>
          {t('agenda.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The agreed interpretations of a round and the goals with their status, each added as an item in words. */
function PullIntoAgenda({
  meeting,
  onAdd,
}: {
  meeting: MeetingPageMeeting;
  onAdd(title: string, notes: string): void;
}) {
  const { t } = useTranslation('meetings');
  const announce = useAnnounce();
  const [roundId, setRoundId] = useState('');
  const [load, { data, loading }] = useLazyQuery(AGENDA_SUGGESTIONS, { fetchPolicy: 'network-only' });
  const suggestions = data?.meeting?.agendaSuggestions;

  const item = (s: Suggestion): [string, string] => {
    if (s.kind === 'INTERPRETATION') return [`${t('agenda.pull.interpretation')}: ${s.title}`, s.text ?? ''];
    const notes = [t('agenda.pull.goalNotes', { status: t(`progress:goalStatus.${s.goalStatus}`) })];
    if (s.text) notes.push(t('agenda.pull.goalTarget', { target: s.text }));
    return [`${t('agenda.pull.goal')}: ${s.title}`, notes.join('\n')];
  };
  const addOne = (s: Suggestion) => {
    const [title, notes] = item(s);
    onAdd(title, notes);
    announce(t('agenda.pull.added', { title }));
  };

  return (
    <fieldset className="stack" data-testid="agenda-pull">
      <legend>{t('agenda.pull.title')}</legend>
      <p className="meta">{t('agenda.pull.hint')}</p>
      <Field label={t('agenda.pull.round')} id="agenda-pull-round">
        {(control) => (
          <select {...control} value={roundId} onChange={(e) => setRoundId(e.target.value)}>
            <option value="">{t('agenda.pull.latest')}</option>
            {meeting.network.rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p>
        <button
          type="button"
          disabled={loading}
          onClick={() => void load({ variables: { id: meeting.id, roundId: roundId || null } })}
        >
          {t('agenda.pull.fetch')}
        </button>
      </p>
      {suggestions && suggestions.length === 0 && <p className="meta">{t('agenda.pull.none')}</p>}
      {suggestions && suggestions.length > 0 && (
        <>
          <ul className={styles.suggestions} aria-live="polite">
            {suggestions.map((s, i) => (
              <li key={i} className={styles.row}>
                <span>{item(s)[0]}</span>
                <button
                  type="button"
                  onClick={() => addOne(s)}
                  aria-label={`${t('agenda.pull.add')}: ${item(s)[0]}`}
                >
                  {t('agenda.pull.add')}
                </button>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" onClick={() => suggestions.forEach(addOne)}>
              {t('agenda.pull.addAll')}
            </button>
          </p>
        </>
      )}
    </fieldset>
  );
}
