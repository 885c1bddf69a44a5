import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Lifecycle } from './common/lifecycle.service.js';
import type { DatabaseServer } from './database/database-server.js';
import { JobWorker } from './jobs/job-worker.js';
import { RealtimeServer } from './realtime/realtime-server.js';

/** How long a graceful stop lets kept-alive connections bring a last request before closing them. */
const CONNECTION_LINGER_MS = 1000;

const openConnections = (server: Server) =>
  new Promise<number>((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));

/**
 * A graceful stop (SIGTERM from an orchestrator, Ctrl-C): stop accepting, let in-flight requests
 * and socket acks finish within `graceMs` (and the job worker's running jobs), close sockets so clients reconnect (to another replica
 * behind the load balancer), close the pool and Redis (Nest's shutdown hooks), then stop the
 * embedded database. Returns whether everything in flight finished in time.
 */
export async function shutdown(
  app: INestApplication,
  database: DatabaseServer,
  graceMs: number,
  log: (message: string) => void,
): Promise<boolean> {
  const lifecycle = app.get(Lifecycle);
  lifecycle.draining = true; // readiness now answers 503
  const server = app.getHttpServer() as Server;
  // Stop listening but keep the open connections: http.Server#close would also drop idle
  // kept-alive connections, racing a client that is sending its next request on one. Instead
  // every response now carries `Connection: close` (see bootstrap), so each connection ends
  // after the request it carries, and new connections are refused (a load balancer retries
  // them on another replica).
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  const deadline = Date.now() + graceMs;
  // The job worker stops taking jobs at once; the running ones finish within the same grace (or
  // are handed back to the queue, where another replica retries them).
  const jobsStopped = app.get(JobWorker).stop(graceMs);
  let drained = await lifecycle.idle(graceMs);
  // Every ack asked for before now is answered: close the sockets. "transport close" on the
  // client: socket.io reconnects by itself (an explicit server disconnect would tell it to stay
  // away). Their connections would otherwise keep the wait below from ending early.
  const sockets = app.get(RealtimeServer);
  for (const socket of sockets.localSockets()) socket.conn.close();
  // No request in flight does not mean none is coming: a client may be sending its next request on
  // a connection that was idle when the drain began (every answer since then said `Connection:
  // close`, so those connections end by themselves). Give open connections a moment to carry it
  // before the rest are closed, and wait for what they brought.
  const lingerUntil = Math.min(deadline, Date.now() + CONNECTION_LINGER_MS);
  while (Date.now() < lingerUntil && (await openConnections(server)) > 0)
    await new Promise((resolve) => setTimeout(resolve, 25));
  drained = (await lifecycle.idle(Math.max(0, deadline - Date.now()))) && drained;
  if (!drained)
    log(`shutdown: ${lifecycle.pending} request(s) still running after ${graceMs} ms, stopping anyway`);
  server.closeAllConnections();
  await closed;
  await jobsStopped;
  await app.close();
  await database.stop();
  return drained;
}
