import type { TFunction } from 'i18next';
import type { NotificationItem } from './notifications.graphql';

/** The sentence of a notification ("Anna mentioned you in “Budget”"), in the reader's language. */
export function notificationText(t: TFunction, n: Pick<NotificationItem, 'kind' | 'title' | 'actorName'>) {
  return t(`notifications:kind.${n.kind}`, {
    title: n.title,
    actor: n.actorName ?? t('notifications:someone'),
  });
}

/** The second line: a comment's excerpt, the phase moved to, the deadline, a reminder's sentence. */
export function notificationDetail(
  t: TFunction,
  n: Pick<NotificationItem, 'kind' | 'detail'>,
  locale: string,
): string | null {
  if (!n.detail) return null;
  switch (n.kind) {
    case 'PHASE_CHANGED':
      return t('notifications:detail.phase', { phase: t(`rounds:phases.${n.detail}`) });
    case 'DEADLINE':
      return t('notifications:detail.deadline', {
        when: new Date(n.detail).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' }),
      });
    default:
      return n.detail;
  }
}
