import type { Locale, NetworkRole } from '@samrad/domain';
import type { OutgoingMail } from './mailer.service.js';

export interface InvitationMailFacts {
  to: string;
  link: string;
  networkName: string;
  inviterName: string;
  role: NetworkRole;
  municipalityName: string | null;
  expiresAt: Date;
  /** The inviter's locale: the invitee has no account (or no known locale) yet. */
  locale: string;
}

interface Texts {
  roles: Record<NetworkRole, string>;
  subject: (f: InvitationMailFacts) => string;
  body: (f: InvitationMailFacts, role: string, expires: string) => string;
  dateLocale: string;
}

const TEXTS: Record<Locale, Texts> = {
  sv: {
    roles: { COORDINATOR: 'samordnare', HEAD: 'socialchef', EDITOR: 'handläggare', VIEWER: 'läsare' },
    subject: (f) => `Inbjudan till ${f.networkName} i Samråd`,
    body: (f, role, expires) =>
      [
        'Hej!',
        '',
        `${f.inviterName} bjuder in dig till nätverket ${f.networkName} i Samråd som ${role}` +
          (f.municipalityName ? ` för ${f.municipalityName}.` : '.'),
        '',
        'Öppna länken för att gå med (logga in eller skapa ett konto med den här e-postadressen):',
        f.link,
        '',
        `Länken gäller en gång, till och med ${expires}.`,
      ].join('\n'),
    dateLocale: 'sv-SE',
  },
  da: {
    roles: { COORDINATOR: 'koordinator', HEAD: 'socialdirektør', EDITOR: 'sagsbehandler', VIEWER: 'læser' },
    subject: (f) => `Invitation til ${f.networkName} i Samråd`,
    body: (f, role, expires) =>
      [
        'Hej!',
        '',
        `${f.inviterName} inviterer dig til netværket ${f.networkName} i Samråd som ${role}` +
          (f.municipalityName ? ` for ${f.municipalityName}.` : '.'),
        '',
        'Åbn linket for at deltage (log ind eller opret en konto med denne e-mailadresse):',
        f.link,
        '',
        `Linket kan bruges én gang, til og med ${expires}.`,
      ].join('\n'),
    dateLocale: 'da-DK',
  },
  en: {
    roles: { COORDINATOR: 'coordinator', HEAD: 'head', EDITOR: 'editor', VIEWER: 'viewer' },
    subject: (f) => `Invitation to ${f.networkName} on Samråd`,
    body: (f, role, expires) =>
      [
        'Hello,',
        '',
        `${f.inviterName} invites you to the network ${f.networkName} on Samråd as ${role}` +
          (f.municipalityName ? ` for ${f.municipalityName}.` : '.'),
        '',
        'Open the link to join (sign in or create an account with this e-mail address):',
        f.link,
        '',
        `The link works once, until ${expires}.`,
      ].join('\n'),
    dateLocale: 'en-GB',
  },
};

/** The invitation e-mail in the inviter's language (sv by default). */
export function invitationMail(facts: InvitationMailFacts): OutgoingMail {
  const texts = TEXTS[facts.locale as Locale] ?? TEXTS.sv;
  const expires = facts.expiresAt.toLocaleDateString(texts.dateLocale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Europe/Stockholm',
  });
  return {
    to: facts.to,
    subject: texts.subject(facts),
    text: texts.body(facts, texts.roles[facts.role], expires),
  };
}
