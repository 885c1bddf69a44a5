import {
  DEFAULT_NOTIFICATION_CHANNELS,
  notificationLink,
  type NotificationKind,
  type NotificationSubjectType,
} from '@samrad/domain';

/** A notification about to be created (its recipient's preference decides whether it is). */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  networkId: string;
  subjectType: NotificationSubjectType;
  subjectId: string;
  /** Once per recipient, kind and key (see the entity). */
  subjectKey: string;
  title: string;
  detail?: string | null;
  /** Already told by e-mail on its own (an invitation, a reminder): never in a digest. */
  emailed?: boolean;
}

/** The longest detail kept with a notification (the bell shows a line, the digest a sentence). */
export const DETAIL_MAX = 280;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_MAX ? `${flat.slice(0, DETAIL_MAX - 1)}…` : flat;
}

/** The drafts as parallel arrays, for one `unnest` insert. */
export function draftColumns(drafts: NotificationDraft[]) {
  return [
    drafts.map((d) => d.recipientId),
    drafts.map((d) => d.kind),
    drafts.map((d) => d.networkId),
    drafts.map((d) => d.subjectType),
    drafts.map((d) => d.subjectId),
    drafts.map((d) => d.subjectKey),
    drafts.map((d) => notificationLink(d.subjectType, d.subjectId)),
    drafts.map((d) => d.title),
    drafts.map((d) => d.detail ?? null),
    drafts.map((d) => Boolean(d.emailed)),
    drafts.map((d) => DEFAULT_NOTIFICATION_CHANNELS[d.kind]),
  ];
}
