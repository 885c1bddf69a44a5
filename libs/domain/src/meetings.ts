import { z } from 'zod';
import { LOCALES, type Locale } from './enums.js';
import { plainString } from './text.js';

/**
 * Network meetings (issue 17): date, place or online link, an ordered agenda, minutes (markdown) and
 * decisions that may link a goal or an interpretation of the same network. The API parses with these
 * schemas; the web reuses the limits. The minutes export's words live here too (files are the API's).
 */

export const MEETING_TITLE_MAX = 200;
export const MEETING_PLACE_MAX = 300;
export const MEETING_URL_MAX = 2000;
export const MEETING_NOTES_MAX = 10_000;
export const MEETING_MINUTES_MAX = 50_000;
export const MEETING_DECISION_MAX = 4000;
export const MEETING_AGENDA_MAX = 50;

export const MEETING_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Which of a network's meetings to list: those not yet over, those over, or all. */
export const MEETING_PERIODS = ['UPCOMING', 'PAST', 'ALL'] as const;
export type MeetingPeriod = (typeof MEETING_PERIODS)[number];

const uuid = (label: string) => z.uuid(`${label} is not a valid id`);
const title = (label = 'Title', max = MEETING_TITLE_MAX) =>
  plainString(`${label} is required`)
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
const markdown = (label: string, max: number) =>
  plainString(`${label} must be text`, { multiline: true }).max(
    max,
    `${label} must be at most ${max} characters`,
  );
/** Optional text: empty (or only spaces) means none. */
const optional = <T extends z.ZodType<string>>(schema: T) =>
  z
    .preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
      schema.nullish(),
    )
    .transform((value) => (value ? value : null));

/** An online meeting's link: https only (no javascript:, no plain http that leaks the meeting's code). */
export const meetingUrlSchema = plainString('Link must be text')
  .max(MEETING_URL_MAX, `Link must be at most ${MEETING_URL_MAX} characters`)
  .pipe(z.url({ protocol: /^https$/, error: 'Link must be an https:// address' }));

export const agendaItemSchema = z.object({
  title: title('Agenda item title'),
  notes: optional(markdown('Notes', MEETING_NOTES_MAX)),
});

const agenda = z
  .array(agendaItemSchema)
  .max(MEETING_AGENDA_MAX, `An agenda has at most ${MEETING_AGENDA_MAX} items`);

const when = {
  startsAt: z.coerce.date('Start must be a date and time'),
  endsAt: z.coerce
    .date('End must be a date and time')
    .nullish()
    .transform((d) => d ?? null),
};

const endAfterStart = (input: { startsAt?: Date; endsAt?: Date | null }, ctx: z.RefinementCtx) => {
  if (input.startsAt && input.endsAt && input.endsAt.getTime() < input.startsAt.getTime())
    ctx.addIssue({
      code: 'custom',
      path: ['endsAt'],
      message: 'The meeting ends before it starts',
      params: { rule: 'END_BEFORE_START' },
    });
};

export const createMeetingSchema = z
  .object({
    networkId: uuid('Network'),
    title: title(),
    ...when,
    place: optional(title('Place', MEETING_PLACE_MAX)),
    onlineUrl: optional(meetingUrlSchema),
    agenda: agenda.nullish().transform((items) => items ?? []),
  })
  .superRefine(endAfterStart);

/**
 * Only the fields given change (null clears end, place and link); `expectedVersion` is the version the
 * editor started from: a stale one is CONFLICT (reason STALE), so two people never overwrite each other.
 */
export const updateMeetingSchema = z
  .object({
    expectedVersion: z.number('expectedVersion is required').int().positive(),
    title: title().optional(),
    startsAt: when.startsAt.optional(),
    endsAt: z.coerce.date('End must be a date and time').nullish(),
    place: optional(title('Place', MEETING_PLACE_MAX)).optional(),
    onlineUrl: optional(meetingUrlSchema).optional(),
    status: z.enum(MEETING_STATUSES).optional(),
    agenda: agenda.optional(),
  })
  .superRefine(endAfterStart);

export const setMeetingMinutesSchema = z.object({
  expectedVersion: z.number('expectedVersion is required').int().positive(),
  minutes: markdown('Minutes', MEETING_MINUTES_MAX),
});

/** A decision links at most one thing: a goal or an interpretation of the meeting's network. */
export const meetingDecisionSchema = z
  .object({
    text: markdown('Decision', MEETING_DECISION_MAX).min(1, 'Decision is required'),
    goalId: uuid('Goal')
      .nullish()
      .transform((id) => id ?? null),
    interpretationId: uuid('Interpretation')
      .nullish()
      .transform((id) => id ?? null),
  })
  .superRefine((input, ctx) => {
    if (input.goalId && input.interpretationId)
      ctx.addIssue({
        code: 'custom',
        path: ['interpretationId'],
        message: 'A decision links a goal or an interpretation, not both',
        params: { rule: 'ONE_LINK' },
      });
  });

/** `?format=pdf&lang=sv|da|en` of the minutes' download (lang defaults to the account's language). */
export const MINUTES_FORMATS = ['pdf'] as const;
export const minutesExportSchema = z.object({
  format: z.enum(MINUTES_FORMATS, 'format must be pdf').default('pdf'),
  lang: z.enum(LOCALES, 'lang must be one of sv, da, en').optional(),
});

/** Whether a meeting is still to come at `now` (its end, else its start, not yet passed). */
export const meetingUpcoming = (m: { startsAt: Date; endsAt: Date | null }, now = new Date()) =>
  (m.endsAt ?? m.startsAt).getTime() >= now.getTime();

export interface MinutesLabels {
  minutes: string;
  network: string;
  date: string;
  place: string;
  link: string;
  status: string;
  agenda: string;
  noAgenda: string;
  minutesHeading: string;
  noMinutes: string;
  decisions: string;
  noDecisions: string;
  goal: string;
  interpretation: string;
  exportedAt: string;
  page: string;
  statuses: Record<MeetingStatus, string>;
}

export const MINUTES_LABELS: Record<Locale, MinutesLabels> = {
  sv: {
    minutes: 'Protokoll',
    network: 'Nätverk',
    date: 'Datum',
    place: 'Plats',
    link: 'Länk',
    status: 'Status',
    agenda: 'Dagordning',
    noAgenda: 'Ingen dagordning.',
    minutesHeading: 'Anteckningar',
    noMinutes: 'Inga anteckningar.',
    decisions: 'Beslut',
    noDecisions: 'Inga beslut.',
    goal: 'Mål',
    interpretation: 'Tolkning',
    exportedAt: 'Exporterat',
    page: 'Sida {page}',
    statuses: { PLANNED: 'Planerat', HELD: 'Genomfört', CANCELLED: 'Inställt' },
  },
  da: {
    minutes: 'Referat',
    network: 'Netværk',
    date: 'Dato',
    place: 'Sted',
    link: 'Link',
    status: 'Status',
    agenda: 'Dagsorden',
    noAgenda: 'Ingen dagsorden.',
    minutesHeading: 'Noter',
    noMinutes: 'Ingen noter.',
    decisions: 'Beslutninger',
    noDecisions: 'Ingen beslutninger.',
    goal: 'Mål',
    interpretation: 'Fortolkning',
    exportedAt: 'Eksporteret',
    page: 'Side {page}',
    statuses: { PLANNED: 'Planlagt', HELD: 'Afholdt', CANCELLED: 'Aflyst' },
  },
  en: {
    minutes: 'Minutes',
    network: 'Network',
    date: 'Date',
    place: 'Place',
    link: 'Link',
    status: 'Status',
    agenda: 'Agenda',
    noAgenda: 'No agenda.',
    minutesHeading: 'Notes',
    noMinutes: 'No notes.',
    decisions: 'Decisions',
    noDecisions: 'No decisions.',
    goal: 'Goal',
    interpretation: 'Interpretation',
    exportedAt: 'Exported',
    page: 'Page {page}',
    statuses: { PLANNED: 'Planned', HELD: 'Held', CANCELLED: 'Cancelled' },
  },
};
