import { useMutation } from '@apollo/client/react';
import { MEETING_MINUTES_MAX } from '@samrad/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { Field } from '../../shared/Field';
import { useAction } from '../../shared/useAction';
import { MarkdownBody } from '../../shared/markdown/MarkdownBody';
import { SET_MINUTES, type MeetingPageMeeting } from './meetings.graphql';
import styles from './meetings.module.css';

/**
 * The minutes (markdown). Coordinators and heads write them in a textarea, saved with the version they
 * opened it at: if someone saved meanwhile they are told, and their text stays in the field.
 */
export function MinutesEditor({ meeting, editable }: { meeting: MeetingPageMeeting; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [version, setVersion] = useState(meeting.version);
  const [save] = useMutation(SET_MINUTES);
  const { run, pending, error, notice } = useAction();

  function open() {
    setText(meeting.minutes);
    setVersion(meeting.version);
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await run(
      () => save({ variables: { id: meeting.id, minutes: text, expectedVersion: version } }),
      { success: t('minutes.saved'), errors: { STALE: 'meetings:page.stale' } },
    );
    if (done) setEditing(false);
  }

  return (
    <section className="card stack" aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('minutes.title')}</h2>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      {editing ? (
        <form onSubmit={submit} noValidate className="stack">
          <FormError message={error} />
          <Field label={t('minutes.label')} id="minutes-text">
            {(control) => (
              <textarea
                {...control}
                className={styles.minutes}
                value={text}
                maxLength={MEETING_MINUTES_MAX}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <div className={styles.row}>
            <button type="submit" className="primary" disabled={pending}>
              {t('minutes.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)} disabled={pending}>
              {t('minutes.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {meeting.minutes ? (
            <MarkdownBody body={meeting.minutes} testId="minutes" />
          ) : (
            <p className="meta">{t('minutes.empty')}</p>
          )}
          {editable && (
            <p>
              <button type="button" onClick={open}>
                {t('minutes.edit')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
