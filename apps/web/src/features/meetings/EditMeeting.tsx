import { useMutation } from '@apollo/client/react';
import { MEETING_STATUSES, type MeetingStatus } from '@samrad/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../a11y/ConfirmDialog';
import { FormError } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { useAction } from '../../shared/useAction';
import {
  MEETING_FIELDS,
  MeetingFields,
  meetingInput,
  meetingProblems,
  type MeetingText,
} from './MeetingFields';
import { DELETE_MEETING, UPDATE_MEETING, type MeetingPageMeeting } from './meetings.graphql';
import { localInput } from './time';
import styles from './meetings.module.css';

const STALE = { STALE: 'meetings:page.stale', MEETING_HELD: 'meetings:page.held' };

/** The coordinator edits the details and status (from the version shown when opened), or deletes the meeting. */
export function EditMeeting({ meeting }: { meeting: MeetingPageMeeting }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const [version, setVersion] = useState(meeting.version);
  const [status, setStatus] = useState<MeetingStatus>(meeting.status);
  const [text, setText] = useState<MeetingText>(() => textOf(meeting));
  const [update] = useMutation(UPDATE_MEETING);
  const [remove] = useMutation(DELETE_MEETING);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();

  function toggle(next: boolean) {
    if (next) {
      // an editor starts from what is shown now, and says so with its version
      setText(textOf(meeting));
      setStatus(meeting.status);
      setVersion(meeting.version);
    }
    setOpen(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors(meetingProblems(t, text));
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const done = await run(
      () =>
        update({
          variables: {
            id: meeting.id,
            input: { expectedVersion: version, ...meetingInput(text), status },
          },
        }),
      { success: t('page.saved'), errors: STALE, fields: MEETING_FIELDS },
    );
    if (done) setOpen(false);
    else focusFirstInvalid(form);
  }

  return (
    <>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <details open={open} onToggle={(e) => toggle((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('page.edit')}</summary>
        <form onSubmit={submit} noValidate className="stack">
          <FormError message={error} />
          <MeetingFields idPrefix="edit-meeting" value={text} onChange={setText} errors={fieldErrors} />
          <Field label={t('form.status')} id="edit-meeting-status">
            {(control) => (
              <select
                {...control}
                value={status}
                onChange={(e) => setStatus(e.target.value as MeetingStatus)}
              >
                {MEETING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className={styles.row}>
            <button type="submit" className="primary" disabled={pending}>
              {t('page.save')}
            </button>
            {meeting.status !== 'HELD' && (
              <button type="button" className="danger" onClick={() => setAsking(true)} disabled={pending}>
                {t('page.delete')}
              </button>
            )}
          </div>
        </form>
      </details>
      <ConfirmDialog
        open={asking}
        danger
        title={t('page.delete')}
        confirmLabel={t('page.delete')}
        busy={pending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void run(() => remove({ variables: { id: meeting.id } }), { errors: STALE }).then((done) => {
            if (done) void navigate(`/networks/${meeting.network.id}`);
          });
        }}
      >
        <p>{t('page.confirmDelete')}</p>
      </ConfirmDialog>
    </>
  );
}

function textOf(meeting: MeetingPageMeeting): MeetingText {
  return {
    title: meeting.title,
    startsAt: localInput(meeting.startsAt),
    endsAt: localInput(meeting.endsAt),
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
  };
}
