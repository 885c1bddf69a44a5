import { EXPORT_LABELS, type Locale, type NotificationKind, type RoundPhase } from '@samrad/domain';
import type { OutgoingMail } from '../mailer.service.js';

export interface DigestItem {
  kind: NotificationKind;
  title: string;
  detail: string | null;
  actorName: string | null;
  /** Absolute, ready to open. */
  url: string;
}

export interface DigestFacts {
  to: string;
  locale: string;
  items: DigestItem[];
  /** How many more there were than the mail lists. */
  more: number;
  /** Per kind in the mail, and for all e-mail: the unsubscribe links. */
  unsubscribe: { kind: NotificationKind; url: string }[];
  unsubscribeAll: string;
  settingsUrl: string;
}

/** A phase's name, as the exports write it. */
const phase = (locale: Locale, value: string | null) =>
  EXPORT_LABELS[locale].phases[value as RoundPhase] ?? value ?? '';

interface Texts {
  dateLocale: string;
  subject: (count: number) => string;
  intro: string;
  line: Record<NotificationKind, (item: DigestItem, when: (iso: string) => string) => string>;
  more: (n: number) => string;
  kinds: Record<NotificationKind, string>;
  stopKind: (kind: string) => string;
  stopAll: string;
  settings: string;
}

const TEXTS: Record<Locale, Texts> = {
  sv: {
    dateLocale: 'sv-SE',
    subject: (n) => (n === 1 ? 'Samråd: 1 ny händelse' : `Samråd: ${n} nya händelser`),
    intro: 'Hej! Det här har hänt sedan sist i Samråd:',
    line: {
      MENTION: (i) => `${i.actorName ?? 'Någon'} nämnde dig i ”${i.title}”`,
      REPLY: (i) => `${i.actorName ?? 'Någon'} skrev i ”${i.title}”, som du följer`,
      INVITATION: (i) => `${i.actorName ?? 'Någon'} bjöd in dig till nätverket ${i.title}`,
      PHASE_CHANGED: (i) => `Omgången ”${i.title}” gick till fasen ${phase('sv', i.detail)}`,
      DEADLINE: (i, when) => `Besvarandet i ”${i.title}” stänger ${i.detail ? when(i.detail) : 'snart'}`,
      GOAL_REMINDER: (i) => i.detail ?? `Påminnelse om målet ”${i.title}”`,
    },
    more: (n) => `… och ${n} till: se alla i Samråd.`,
    kinds: {
      MENTION: 'när någon nämner mig',
      REPLY: 'svar i trådar jag följer',
      INVITATION: 'inbjudningar',
      PHASE_CHANGED: 'fasbyten',
      DEADLINE: 'deadlines',
      GOAL_REMINDER: 'målpåminnelser',
    },
    stopKind: (kind) => `Inga fler e-postmeddelanden om ${kind}:`,
    stopAll: 'Ingen e-post alls från Samråd (bara i appen):',
    settings: 'Välj själv vad du får och hur:',
  },
  da: {
    dateLocale: 'da-DK',
    subject: (n) => (n === 1 ? 'Samråd: 1 ny hændelse' : `Samråd: ${n} nye hændelser`),
    intro: 'Hej! Det her er sket siden sidst i Samråd:',
    line: {
      MENTION: (i) => `${i.actorName ?? 'Nogen'} nævnte dig i »${i.title}«`,
      REPLY: (i) => `${i.actorName ?? 'Nogen'} skrev i »${i.title}«, som du følger`,
      INVITATION: (i) => `${i.actorName ?? 'Nogen'} inviterede dig til netværket ${i.title}`,
      PHASE_CHANGED: (i) => `Runden »${i.title}« gik til fasen ${phase('da', i.detail)}`,
      DEADLINE: (i, when) => `Besvarelsen i »${i.title}« lukker ${i.detail ? when(i.detail) : 'snart'}`,
      GOAL_REMINDER: (i) => i.detail ?? `Påmindelse om målet »${i.title}«`,
    },
    more: (n) => `… og ${n} mere: se dem alle i Samråd.`,
    kinds: {
      MENTION: 'når nogen nævner mig',
      REPLY: 'svar i tråde, jeg følger',
      INVITATION: 'invitationer',
      PHASE_CHANGED: 'faseskift',
      DEADLINE: 'frister',
      GOAL_REMINDER: 'målpåmindelser',
    },
    stopKind: (kind) => `Ikke flere e-mails om ${kind}:`,
    stopAll: 'Ingen e-mails fra Samråd overhovedet (kun i appen):',
    settings: 'Vælg selv, hvad du får og hvordan:',
  },
  en: {
    dateLocale: 'en-GB',
    subject: (n) => (n === 1 ? 'Samråd: 1 new notification' : `Samråd: ${n} new notifications`),
    intro: 'Hello, this happened on Samråd since the last e-mail:',
    line: {
      MENTION: (i) => `${i.actorName ?? 'Someone'} mentioned you in "${i.title}"`,
      REPLY: (i) => `${i.actorName ?? 'Someone'} wrote in "${i.title}", which you follow`,
      INVITATION: (i) => `${i.actorName ?? 'Someone'} invited you to the network ${i.title}`,
      PHASE_CHANGED: (i) => `The round "${i.title}" moved to ${phase('en', i.detail)}`,
      DEADLINE: (i, when) => `Answering in "${i.title}" closes ${i.detail ? when(i.detail) : 'soon'}`,
      GOAL_REMINDER: (i) => i.detail ?? `A reminder about the goal "${i.title}"`,
    },
    more: (n) => `… and ${n} more: see them all on Samråd.`,
    kinds: {
      MENTION: 'mentions of me',
      REPLY: 'replies in threads I follow',
      INVITATION: 'invitations',
      PHASE_CHANGED: 'phase changes',
      DEADLINE: 'deadlines',
      GOAL_REMINDER: 'goal reminders',
    },
    stopKind: (kind) => `No more e-mail about ${kind}:`,
    stopAll: 'No e-mail from Samråd at all (in the app only):',
    settings: 'Choose what you get and how:',
  },
};

/** One digest in the recipient's language (sv by default): a line and a link per notification. */
export function digestMail(facts: DigestFacts): OutgoingMail {
  const texts = TEXTS[facts.locale as Locale] ?? TEXTS.sv;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(texts.dateLocale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Stockholm',
    });
  const lines = facts.items.flatMap((item) => [
    `• ${texts.line[item.kind](item, when)}`,
    ...(item.detail && (item.kind === 'MENTION' || item.kind === 'REPLY') ? [`  ”${item.detail}”`] : []),
    `  ${item.url}`,
    '',
  ]);
  const total = facts.items.length + facts.more;
  return {
    to: facts.to,
    subject: texts.subject(total),
    text: [
      texts.intro,
      '',
      ...lines,
      ...(facts.more > 0 ? [texts.more(facts.more), ''] : []),
      '—',
      ...facts.unsubscribe.flatMap(({ kind, url }) => [texts.stopKind(texts.kinds[kind]), url]),
      texts.stopAll,
      facts.unsubscribeAll,
      texts.settings,
      facts.settingsUrl,
    ].join('\n'),
  };
}
