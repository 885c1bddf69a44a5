import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type NotificationKind } from '@samrad/domain';

/** What an unsubscribe link stops: one kind's e-mail, or all e-mail. */
export type UnsubscribeScope = NotificationKind | 'ALL';

const PURPOSE = 'unsubscribe';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A key of its own for these links, derived from the server secret (never the secret itself). */
function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'samrad-links', PURPOSE, 32));
}

const mac = (secret: string, userId: string, scope: UnsubscribeScope) =>
  createHmac('sha256', key(secret)).update(`${PURPOSE}\n${userId}\n${scope}`).digest();

/**
 * `<user id>.<scope>.<HMAC-SHA256 over purpose, user and scope>`, base64url. It never expires: an
 * old digest's link still works, and all it can do is lower that person's e-mail to in-app.
 */
export function unsubscribeToken(secret: string, userId: string, scope: UnsubscribeScope): string {
  return `${userId}.${scope}.${mac(secret, userId, scope).toString('base64url')}`;
}

/** The user and scope of a genuine token; null for anything forged, altered or malformed. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; scope: UnsubscribeScope } | null {
  const [userId, scope, signature, ...rest] = token.split('.');
  if (rest.length || !userId || !scope || !signature || !UUID.test(userId)) return null;
  if (scope !== 'ALL' && !(NOTIFICATION_KINDS as readonly string[]).includes(scope)) return null;
  // compared as text: decoding base64url would forgive altered padding bits
  const expected = Buffer.from(mac(secret, userId, scope as UnsubscribeScope).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}
