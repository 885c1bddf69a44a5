import { useQuery } from '@apollo/client/react';
import { can } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { QueryState } from '../../layout/QueryState';
import { meetingSections } from '../../shared/meeting-sections';
import { AgendaEditor } from './AgendaEditor';
import { Decisions } from './Decisions';
import { EditMeeting } from './EditMeeting';
import { MEETING_PAGE } from './meetings.graphql';
import { MinutesEditor } from './MinutesEditor';
import { MinutesExport } from './MinutesExport';
import { meetingWhen } from './time';
import styles from './meetings.module.css';

/**
 * One meeting: when and where, the agenda, the minutes and the decisions, the minutes as PDF, and the
 * sections other features add (its discussion). Live through the network's room, where meeting events
 * go: another person's change refetches the page (realtime/cache-sync.ts); editors keep the version they
 * started from, so a change meanwhile is a CONFLICT they are told about, never a silent overwrite.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('meetings');
  const { data, loading, error, refetch } = useQuery(MEETING_PAGE, { variables: { id } });
  const meeting = data?.meeting;
  usePageTitle(meeting?.title ?? t('a11y:titles.meeting'));
  useRoomAnnouncements(meeting ? `network:${meeting.network.id}` : null);

  if (isDenied(error, !loading && !error && data !== undefined && !meeting))
    return <AccessDenied what="page" />;
  if (!meeting) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;

  const grants = meeting.network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const isCoordinator = can(grants, 'network.manage');
  const mayRecord = can(grants, 'meeting.record');

  return (
    <article className="stack" aria-labelledby="meeting-title">
      <nav aria-label={t('page.breadcrumb')} className="meta">
        <Link to={`/networks/${meeting.network.id}`}>{meeting.network.name}</Link> › {t('list.title')}
      </nav>
      <header className="stack">
        <h1 id="meeting-title">{meeting.title}</h1>
      </header>

      <section className="card stack" aria-labelledby="meeting-facts">
        <h2 id="meeting-facts">{t('page.facts')}</h2>
        <dl className={styles.facts}>
          <dt>{t('page.when')}</dt>
          <dd data-testid="meeting-when">{meetingWhen(meeting.startsAt, meeting.endsAt, i18n.language)}</dd>
          {meeting.place && (
            <>
              <dt>{t('page.place')}</dt>
              <dd>{meeting.place}</dd>
            </>
          )}
          {meeting.onlineUrl && (
            <>
              <dt>{t('page.link')}</dt>
              <dd>
                <a href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
                  {meeting.onlineUrl}
                </a>
              </dd>
            </>
          )}
          <dt>{t('page.status')}</dt>
          <dd data-testid="meeting-status">{t(`status.${meeting.status}`)}</dd>
        </dl>
        {isCoordinator && <EditMeeting meeting={meeting} />}
      </section>

      <AgendaEditor meeting={meeting} editable={isCoordinator} />
      <MinutesEditor meeting={meeting} editable={mayRecord} />
      <Decisions meeting={meeting} editable={mayRecord} />
      <MinutesExport meeting={meeting} />
      {meetingSections.map(({ key, Component }) => (
        <Component key={key} meetingId={meeting.id} networkId={meeting.network.id} />
      ))}
    </article>
  );
}
