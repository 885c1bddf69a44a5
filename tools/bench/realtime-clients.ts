/**
 * The client side of the real-time bench, in a process of its own so that decoding a thousand
 * sockets' frames does not share an event loop with the server being measured. Driven over IPC
 * by tools/bench/realtime.ts: open sockets and join a room, then report when each socket received
 * each numbered message (wall-clock ms with sub-ms precision, comparable across processes).
 *
 * It is also the writer: it commits events through the API's own UnitOfWork (same transaction,
 * same log append, same NOTIFY as a mutation). Its event loop is idle when the commit is
 * acknowledged, so the commit time it takes is exact; inside an API process the acknowledgement
 * would wait behind that process's own fan-out and flatter the figures.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source.js';
import { EventLogService } from '../../apps/api/src/realtime/event-log.service.js';
import type { RoomEvent } from '../../apps/api/src/realtime/room-event.js';
import { UnitOfWork } from '../../apps/api/src/realtime/unit-of-work.service.js';

export type ClientCommand =
  | { cmd: 'open'; targets: { url: string; token: string }[]; room: string; databaseUrl: string }
  | { cmd: 'write'; trial: number; actorId: string; event: RoomEvent }
  | { cmd: 'close' };

export type ClientReport =
  | { kind: 'opened'; sockets: number; ms: number }
  | { kind: 'committed'; trial: number; begin: number; at: number }
  | { kind: 'received'; trial: number; at: number[] }
  | { kind: 'error'; message: string };

const now = () => performance.timeOrigin + performance.now();
const send = (report: ClientReport) => process.send!(report);

let sockets: Socket[] = [];
let uow: UnitOfWork | undefined;
/** Receipt times per trial; a trial is reported once every socket has it. */
const receipts = new Map<number, number[]>();

function onMessage(payload: { data?: { version?: unknown } }) {
  const at = now();
  const trial = payload?.data?.version; // the bench numbers its trials by the round's version
  if (typeof trial !== 'number') return; // presence and other room traffic
  const times = receipts.get(trial) ?? [];
  times.push(at);
  receipts.set(trial, times);
  if (times.length === sockets.length) {
    receipts.delete(trial);
    send({ kind: 'received', trial, at: times });
  }
}

async function open(targets: { url: string; token: string }[], room: string, databaseUrl: string) {
  const dataSource = await new DataSource({
    ...dataSourceOptions(databaseUrl),
    extra: { max: 2 },
  }).initialize();
  uow = new UnitOfWork(dataSource, new EventLogService(dataSource));
  const started = now();
  sockets = targets.map(({ url, token }) =>
    io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true }),
  );
  for (const socket of sockets) {
    socket.on('event', onMessage);
    socket.on('bench', onMessage);
  }
  // join in batches: a thousand simultaneous handshakes only measure the queue
  for (let i = 0; i < sockets.length; i += 100) {
    await Promise.all(
      sockets.slice(i, i + 100).map(async (socket) => {
        if (!socket.connected) {
          await new Promise<void>((resolve, reject) => {
            socket.once('connect', () => resolve());
            socket.once('connect_error', reject);
          });
        }
        const ack = await socket.timeout(30_000).emitWithAck('subscribe', { room });
        if (!ack?.ok) throw new Error(`subscribe refused: ${JSON.stringify(ack)}`);
      }),
    );
  }
  send({ kind: 'opened', sockets: sockets.length, ms: now() - started });
}

process.on('message', (command: ClientCommand) => {
  if (command.cmd === 'open') {
    open(command.targets, command.room, command.databaseUrl).catch((error: Error) =>
      send({ kind: 'error', message: error.message }),
    );
  } else if (command.cmd === 'write') {
    const begin = now();
    uow!
      .run(({ record }) => record({ actorId: command.actorId, events: [command.event] }))
      .then(
        () => send({ kind: 'committed', trial: command.trial, begin, at: now() }),
        (error: Error) => send({ kind: 'error', message: error.message }),
      );
  } else {
    for (const socket of sockets) socket.close();
    process.exit(0);
  }
});
