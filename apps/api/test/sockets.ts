import {
  deliveredDataSchema,
  isRoomEventType,
  type ReplayAck,
  type RoomEventMessage,
  type RoomEventType,
  type SubscribeAck,
} from '@samrad/domain';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';

/** A real socket.io client connected to a test app as a user, recording every room event. */
export interface TestSocket {
  socket: Socket;
  /** Every `event` received, in arrival order. */
  events: RoomEventMessage[];
  /** Events of one room and (optionally) type, in arrival order. */
  eventsOf<T extends RoomEventType>(room: string, type: T): RoomEventMessage<T>[];
  eventsOf(room: string): RoomEventMessage[];
  emit<T = any>(event: string, payload: unknown): Promise<T>;
  subscribe(room: string): Promise<SubscribeAck>;
  replay(room: string, afterSeq: number, limit?: number): Promise<ReplayAck>;
  /**
   * An acknowledged round trip on this connection: once it resolves, everything the server sent
   * this socket before it handled the round trip has arrived (one connection keeps its order).
   * Await it after a witness saw an event, then assert that this socket did not get it.
   */
  roundTrip(): Promise<void>;
  /** Resolves once `predicate` holds on the received events (polls; rejects after `timeoutMs`). */
  waitFor(predicate: (events: RoomEventMessage[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

export function openSocket(url: string, token: string | undefined, options: { connect?: boolean } = {}) {
  return io(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    autoConnect: options.connect ?? true,
  });
}

/** Connects as the token's user; rejects with the `connect_error` message when refused. */
export async function connectSocket(url: string, token: string | undefined): Promise<TestSocket> {
  const socket = openSocket(url, token);
  const events: RoomEventMessage[] = [];
  const offCatalogue: string[] = [];
  socket.on('event', (event: RoomEventMessage) => {
    const problem = catalogueProblem(event);
    if (problem) offCatalogue.push(problem);
    events.push(event);
  });
  /** Every event a test looks at must match the catalogue, so publisher and catalogue cannot drift. */
  const checked = <T>(value: T): T => {
    if (offCatalogue.length) throw new Error(`events off the catalogue: ${offCatalogue.join('; ')}`);
    return value;
  };
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  const emit = <T>(event: string, payload: unknown) =>
    socket.timeout(10_000).emitWithAck(event, payload) as Promise<T>;
  return {
    socket,
    events,
    eventsOf: (room: string, type?: RoomEventType) =>
      checked(events.filter((e) => e.room === room && (!type || e.type === type))),
    emit,
    subscribe: (room) => emit<SubscribeAck>('subscribe', { room }),
    replay: async (room, afterSeq, limit) => {
      const ack = await emit<ReplayAck>('replay', { room, afterSeq, limit });
      const problems = ack.ok ? ack.events.map(catalogueProblem).filter(Boolean) : [];
      if (problems.length) throw new Error(`replayed events off the catalogue: ${problems.join('; ')}`);
      return ack;
    },
    // leaving a room one is not in touches nothing on the server and acks { ok: true }
    roundTrip: async () => {
      const ack = await emit<{ ok: boolean }>('unsubscribe', { room: `network:${randomUUID()}` });
      if (!ack.ok) throw new Error(`round trip refused: ${JSON.stringify(ack)}`);
    },
    waitFor: async (predicate, timeoutMs = 10_000) => {
      await waitUntil(() => predicate(events), timeoutMs);
      checked(null);
    },
    close: () => socket.close(),
  };
}

/** Why an event does not match the catalogue (libs/domain/src/room-events.ts); null when it does. */
function catalogueProblem(event: RoomEventMessage): string | null {
  if (!isRoomEventType(event.type)) return `unknown type ${String(event.type)}`;
  const result = deliveredDataSchema(event.type).safeParse(event.data);
  return result.success ? null : `${event.type} ${z.prettifyError(result.error)}`;
}

/** The message a refused handshake gives. */
export async function refusal(url: string, token: string | undefined): Promise<string> {
  const socket = openSocket(url, token);
  try {
    return await new Promise<string>((resolve, reject) => {
      socket.once('connect_error', (error) => resolve(error.message));
      socket.once('connect', () => reject(new Error('the handshake was accepted')));
    });
  } finally {
    socket.close();
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs = 10_000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * `connect(token)` for a test file whose sockets close after each test: the app's `url` is read when a test
 * connects (the app starts in `beforeAll`).
 */
export function socketsClosedAfterEach(url: () => string): (token: string) => Promise<TestSocket> {
  const open: TestSocket[] = [];
  afterEach(() => open.splice(0).forEach((socket) => socket.close()));
  return async (token) => {
    const socket = await connectSocket(url(), token);
    open.push(socket);
    return socket;
  };
}
