import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormError } from '../../layout/forms';
import { focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import type { NetworkSectionProps } from '../../shared/network-sections';
import { useAction } from '../../shared/useAction';
import {
  MEETING_FIELDS,
  MeetingFields,
  meetingInput,
  meetingProblems,
  type MeetingText,
} from './MeetingFields';
import { CREATE_MEETING, NETWORK_MEETINGS, type ListedMeeting } from './meetings.graphql';
import { meetingWhen } from './time';
import styles from './meetings.module.css';

/** The network page's meetings: the upcoming ones first, then the past; coordinators plan new ones here. */
export function NetworkMeetings({ networkId, isCoordinator }: NetworkSectionProps) {
  const { t } = useTranslation('meetings');
  const { data } = useQuery(NETWORK_MEETINGS, { variables: { id: networkId } });
  const network = data?.network;
  return (
    <section className="card stack" aria-labelledby="meetings-title" data-testid="network-meetings">
      <h2 id="meetings-title">{t('list.title')}</h2>
      {isCoordinator && <NewMeeting networkId={networkId} />}
      <h3>{t('list.upcoming')}</h3>
      <MeetingList meetings={network?.upcoming} empty={t('list.noUpcoming')} />
      <h3>{t('list.past')}</h3>
      <MeetingList meetings={network?.past} empty={t('list.noPast')} />
    </section>
  );
}

function MeetingList({ meetings, empty }: { meetings: ListedMeeting[] | undefined; empty: string }) {
  const { t, i18n } = useTranslation('meetings');
  if (!meetings) return null;
  if (meetings.length === 0) return <p className="meta">{empty}</p>;
  return (
    <ul className={styles.list}>
      {meetings.map((m) => (
        <li key={m.id} data-testid={`meeting-${m.id}`}>
          <Link to={`/meetings/${m.id}`}>{m.title}</Link>{' '}
          <span className={styles.status}>{t(`status.${m.status}`)}</span>
          <p className="meta">
            {meetingWhen(m.startsAt, m.endsAt, i18n.language)}
            {m.place && <> · {m.place}</>}
            {m.onlineUrl && <> · {t('online')}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}

const EMPTY: MeetingText = { title: '', startsAt: '', endsAt: '', place: '', onlineUrl: '' };

function NewMeeting({ networkId }: { networkId: string }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const [text, setText] = useState<MeetingText>(EMPTY);
  const [create] = useMutation(CREATE_MEETING);
  const { run, pending, error, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors(meetingProblems(t, text));
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const done = await run(
      () =>
        create({
          variables: {
            input: { networkId, ...meetingInput(text) },
          },
        }),
      { fields: MEETING_FIELDS },
    );
    if (done?.data?.createMeeting) void navigate(`/meetings/${done.data.createMeeting.id}`);
    else focusFirstInvalid(form);
  }

  return (
    <details>
      <summary>{t('list.create')}</summary>
      <form onSubmit={submit} noValidate className="stack">
        <FormError message={error} />
        <MeetingFields idPrefix="new-meeting" value={text} onChange={setText} errors={fieldErrors} />
        <button type="submit" className="primary" disabled={pending}>
          {t('form.submit')}
        </button>
      </form>
    </details>
  );
}
