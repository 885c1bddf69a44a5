import { MINUTES_LABELS, type Locale, type MeetingStatus, type MinutesLabels } from '@samrad/domain';
import type { DataSource } from 'typeorm';
import type { Meeting } from '../meeting.entity.js';

/** Everything the minutes' file shows, read and worded once (the PDF maker only lays it out). */
export interface MinutesReport {
  lang: Locale;
  labels: MinutesLabels;
  network: string;
  title: string;
  /** The date and time, in the reader's language and the Nordic time zone. */
  when: string;
  place: string | null;
  onlineUrl: string | null;
  status: MeetingStatus;
  agenda: { title: string; notes: string | null }[];
  minutes: string;
  /** Each decision with the title of what it links (a goal, or a question's agreed reading). */
  decisions: { text: string; link: { label: string; title: string } | null }[];
  exportedAt: Date;
}

const TIME_ZONE: Record<Locale, string> = {
  sv: 'Europe/Stockholm',
  da: 'Europe/Copenhagen',
  en: 'Europe/Stockholm',
};
const LOCALE_TAG: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

export function meetingTime(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, lang: Locale): string {
  const day = new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE[lang],
  });
  const time = new Intl.DateTimeFormat(LOCALE_TAG[lang], { timeStyle: 'short', timeZone: TIME_ZONE[lang] });
  return meeting.endsAt
    ? `${day.format(meeting.startsAt)}–${time.format(meeting.endsAt)}`
    : day.format(meeting.startsAt);
}

/** The minutes' content of a meeting the caller may read (access is checked before). Three queries. */
export async function minutesReport(
  dataSource: DataSource,
  meeting: Meeting,
  lang: Locale,
  exportedAt = new Date(),
): Promise<MinutesReport> {
  const labels = MINUTES_LABELS[lang];
  const [[network], agenda, decisions] = await Promise.all([
    dataSource.query(`SELECT name FROM networks WHERE id = $1`, [meeting.networkId]) as Promise<
      { name: string }[]
    >,
    dataSource.query(
      `SELECT title, notes FROM meeting_agenda_items WHERE meeting_id = $1 ORDER BY position`,
      [meeting.id],
    ) as Promise<{ title: string; notes: string | null }[]>,
    dataSource.query(
      `SELECT d.text, g.title AS goal, i.code, i.text AS question, coalesce(p.outcome, p.text) AS reading
         FROM meeting_decisions d
         LEFT JOIN goals g ON g.id = d.goal_id
         LEFT JOIN interpretation_proposals p ON p.id = d.interpretation_id
         LEFT JOIN indicators i ON i.id = p.indicator_id
        WHERE d.meeting_id = $1
        ORDER BY d.created_at`,
      [meeting.id],
    ) as Promise<
      {
        text: string;
        goal: string | null;
        code: string | null;
        question: string | null;
        reading: string | null;
      }[]
    >,
  ]);
  return {
    lang,
    labels,
    network: network?.name ?? '',
    title: meeting.title,
    when: meetingTime(meeting, lang),
    place: meeting.place,
    onlineUrl: meeting.onlineUrl,
    status: meeting.status,
    agenda,
    minutes: meeting.minutes,
    decisions: decisions.map((d) => ({
      text: d.text,
      link: d.goal
        ? { label: labels.goal, title: d.goal }
        : d.code
          ? { label: labels.interpretation, title: `${d.code} ${d.question}: ${d.reading}` }
          : null,
    })),
    exportedAt,
  };
}
