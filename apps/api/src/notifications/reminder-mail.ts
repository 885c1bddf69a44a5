import type { Locale } from '@samrad/domain';
import type { OutgoingMail } from './mailer.service.js';

export type ReminderMailFacts =
  | {
      kind: 'PROGRESS_DUE';
      to: string;
      locale: string;
      goalTitle: string;
      networkName: string;
      municipalityName: string;
      /** The last progress update (or the commitment, when none was reported yet). */
      since: Date;
      intervalDays: number;
      link: string;
    }
  | {
      kind: 'MILESTONE_DUE';
      to: string;
      locale: string;
      goalTitle: string;
      networkName: string;
      milestoneTitle: string;
      dueAt: Date;
      link: string;
    };

type Progress = Extract<ReminderMailFacts, { kind: 'PROGRESS_DUE' }>;
type Milestone = Extract<ReminderMailFacts, { kind: 'MILESTONE_DUE' }>;

interface Texts {
  dateLocale: string;
  progressSubject: (f: Progress) => string;
  progressBody: (f: Progress, since: string) => string[];
  milestoneSubject: (f: Milestone) => string;
  milestoneBody: (f: Milestone, due: string) => string[];
}

const TEXTS: Record<Locale, Texts> = {
  sv: {
    dateLocale: 'sv-SE',
    progressSubject: (f) => `Dags att rapportera läget för ”${f.goalTitle}”`,
    progressBody: (f, since) => [
      'Hej!',
      '',
      `${f.municipalityName} har åtagit sig målet ”${f.goalTitle}” i nätverket ${f.networkName}, och du är ansvarig.`,
      `Senaste lägesrapporten är från ${since}: nätverket följer upp var ${f.intervalDays}:e dag.`,
      '',
      'Rapportera läget (i fas, risk, efter eller klart) här:',
      f.link,
    ],
    milestoneSubject: (f) => `Delmålet ”${f.milestoneTitle}” ska vara klart snart`,
    milestoneBody: (f, due) => [
      'Hej!',
      '',
      `Delmålet ”${f.milestoneTitle}” för målet ”${f.goalTitle}” i nätverket ${f.networkName} ska vara klart ${due}.`,
      '',
      f.link,
    ],
  },
  da: {
    dateLocale: 'da-DK',
    progressSubject: (f) => `Tid til at rapportere status for »${f.goalTitle}«`,
    progressBody: (f, since) => [
      'Hej!',
      '',
      `${f.municipalityName} har forpligtet sig til målet »${f.goalTitle}« i netværket ${f.networkName}, og du er ansvarlig.`,
      `Seneste statusrapport er fra ${since}: netværket følger op hver ${f.intervalDays}. dag.`,
      '',
      'Rapportér status (på sporet, i risiko, bagud eller færdig) her:',
      f.link,
    ],
    milestoneSubject: (f) => `Delmålet »${f.milestoneTitle}« skal snart være nået`,
    milestoneBody: (f, due) => [
      'Hej!',
      '',
      `Delmålet »${f.milestoneTitle}« for målet »${f.goalTitle}« i netværket ${f.networkName} skal være nået ${due}.`,
      '',
      f.link,
    ],
  },
  en: {
    dateLocale: 'en-GB',
    progressSubject: (f) => `Time to report progress on "${f.goalTitle}"`,
    progressBody: (f, since) => [
      'Hello,',
      '',
      `${f.municipalityName} committed to the goal "${f.goalTitle}" in the network ${f.networkName}, and you are its owner.`,
      `The last progress update is from ${since}: the network follows up every ${f.intervalDays} days.`,
      '',
      'Report progress (on track, at risk, off track or done) here:',
      f.link,
    ],
    milestoneSubject: (f) => `The milestone "${f.milestoneTitle}" is due soon`,
    milestoneBody: (f, due) => [
      'Hello,',
      '',
      `The milestone "${f.milestoneTitle}" of the goal "${f.goalTitle}" in the network ${f.networkName} is due on ${due}.`,
      '',
      f.link,
    ],
  },
};

/** A goal reminder in the recipient's language (sv by default). */
export function reminderMail(facts: ReminderMailFacts): OutgoingMail {
  const texts = TEXTS[facts.locale as Locale] ?? TEXTS.sv;
  const day = (date: Date) =>
    date.toLocaleDateString(texts.dateLocale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'Europe/Stockholm',
    });
  if (facts.kind === 'PROGRESS_DUE') {
    return {
      to: facts.to,
      subject: texts.progressSubject(facts),
      text: texts.progressBody(facts, day(facts.since)).join('\n'),
    };
  }
  return {
    to: facts.to,
    subject: texts.milestoneSubject(facts),
    text: texts.milestoneBody(facts, day(facts.dueAt)).join('\n'),
  };
}
