import { z } from 'zod';
import type { ErrorCode } from './enums.js';
import type { RoomEventMessage } from './room-events.js';
import { parseRoom } from './rooms.js';

/**
 * The socket protocol of ../shared/contract/realtime.md, shared by the API gateway and the web
 * client: room names, message shapes, acks and the limits both sides rely on.
 */

const roomSchema = z.unknown().transform((value, ctx) => {
  const room = parseRoom(value);
  if (!room) {
    ctx.addIssue({
      code: 'custom',
      message: 'room must be network:<id>, round:<id>, thread:<id>, goal:<id> or user:<id>',
    });
    return z.NEVER;
  }
  return room.name;
});

/** Most events one replay page returns; `hasMore` says to ask again from the last seq. */
export const REPLAY_PAGE_SIZE = 500;
/** Events older than this are not replayed (and are pruned): the client refetches instead. */
export const EVENT_RETENTION_DAYS = 30;
/** The most rooms one socket may be in at once. */
export const MAX_ROOMS_PER_SOCKET = 200;

export const subscribeSchema = z.object({ room: roomSchema });
export const replaySchema = z.object({
  room: roomSchema,
  afterSeq: z.number().int().min(0),
  limit: z.number().int().min(1).max(REPLAY_PAGE_SIZE).optional(),
});
export const authRenewSchema = z.object({ token: z.string().min(1).max(4000) });

/** Ack errors beyond the API's error codes. */
export type RealtimeError = ErrorCode | 'REPLAY_TOO_OLD' | 'INTERNAL_SERVER_ERROR';

export type AckFailure = { ok: false; error: RealtimeError; message?: string };

/** `subscribe` ack; `seq` is the room's latest seq when joining (events after it arrive live). */
export type SubscribeAck = { ok: true; seq: number } | AckFailure;
export type UnsubscribeAck = { ok: true } | AckFailure;
/**
 * `replay` ack. `seq` is the room's latest seq; on `REPLAY_TOO_OLD` the client refetches its data
 * and continues from that `seq`.
 */
export type ReplayAck =
  { ok: true; events: RoomEventMessage[]; hasMore: boolean; seq: number } | (AckFailure & { seq?: number });

/** Emitted before the server disconnects a socket whose access token ran out. */
export interface AuthExpiredMessage {
  code: 'UNAUTHENTICATED';
  reason: 'TOKEN_EXPIRED' | 'SESSION_ENDED';
}

/** Emitted when the server removes a socket from a room it may no longer see (e.g. membership ended). */
export interface RoomClosedMessage {
  room: string;
  reason: 'NOT_FOUND';
}

/** Socket event names (besides socket.io's own). */
export const SOCKET_EVENTS = {
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  replay: 'replay',
  /** Client → server: a fresh access token for a live socket (keeps it open past the old expiry). */
  auth: 'auth',
  event: 'event',
  authExpired: 'auth.expired',
  roomClosed: 'room.closed',
} as const;
