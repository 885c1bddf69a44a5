import { z } from 'zod';

/**
 * What a person is notified of: mentioned in a comment, a reply in a thread they follow, an
 * invitation to a network (they already have an account), a round of theirs changing phase, a
 * round's answering deadline coming up, a goal reminder (progress or milestone due).
 */
export const NOTIFICATION_KINDS = [
  'MENTION',
  'REPLY',
  'INVITATION',
  'PHASE_CHANGED',
  'DEADLINE',
  'GOAL_REMINDER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** OFF: nothing; IN_APP: the bell; EMAIL: the bell and the hourly e-mail digest. */
export const NOTIFICATION_CHANNELS = ['OFF', 'IN_APP', 'EMAIL'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * Without a choice of one's own: what is addressed to you personally (a mention, an invitation,
 * a reminder of your own goal commitment) also comes by e-mail; what happens around you only in the app.
 */
export const DEFAULT_NOTIFICATION_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  MENTION: 'EMAIL',
  REPLY: 'IN_APP',
  INVITATION: 'IN_APP',
  PHASE_CHANGED: 'IN_APP',
  DEADLINE: 'IN_APP',
  GOAL_REMINDER: 'EMAIL',
};

/** What a notification points at (its link goes there). */
export const NOTIFICATION_SUBJECT_TYPES = ['COMMENT', 'INVITATION', 'ROUND', 'GOAL'] as const;
export type NotificationSubjectType = (typeof NOTIFICATION_SUBJECT_TYPES)[number];

/** The web path of a notification's target (comments: their permalink). */
export function notificationLink(type: NotificationSubjectType, id: string): string {
  switch (type) {
    case 'COMMENT':
      return `/comments/${id}`;
    case 'INVITATION':
      return '/'; // the home page lists one's invitations
    case 'ROUND':
      return `/rounds/${id}`;
    case 'GOAL':
      return `/goals/${id}`;
  }
}

/** The most notifications one page lists. */
export const NOTIFICATIONS_PAGE_MAX = 50;
/** The most ids one `markNotificationsRead` takes. */
export const MARK_READ_MAX = 200;

export const notificationsPageSchema = z.object({
  first: z
    .number()
    .int()
    .min(1, 'first must be at least 1')
    .max(NOTIFICATIONS_PAGE_MAX, `first must be at most ${NOTIFICATIONS_PAGE_MAX}`)
    .nullish()
    .transform((first) => first ?? 20),
  after: z.string().max(200, 'after is not a valid cursor').nullish(),
});

export const markNotificationsReadSchema = z
  .object({
    ids: z
      .array(z.uuid('Notification is not a valid id'))
      .max(MARK_READ_MAX, `At most ${MARK_READ_MAX} notifications at once`)
      .nullish(),
    all: z.boolean().nullish(),
  })
  .refine((input) => Boolean(input.all) !== Boolean(input.ids?.length), {
    message: 'Give either ids or all: true',
  });

export const setNotificationPreferenceSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  channel: z.enum(NOTIFICATION_CHANNELS),
});

export const unsubscribeSchema = z.object({
  token: z.string().trim().min(1, 'The link is not valid').max(500, 'The link is not valid'),
});
