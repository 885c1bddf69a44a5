import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Lifecycle } from './common/lifecycle.service.js';
import type { DatabaseServer } from './database/database-server.js';
import { RealtimeServer } from './realtime/realtime-server.js';

/**
 * A graceful stop (SIGTERM from an orchestrator, Ctrl-C): stop accepting, let in-flight requests
 * and socket acks finish within `graceMs`, close sockets so clients reconnect (to another replica
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
  const drained = await lifecycle.idle(graceMs);
  if (!drained)
    log(`shutdown: ${lifecycle.pending} request(s) still running after ${graceMs} ms, stopping anyway`);
  // "transport close" on the client: socket.io reconnects by itself (an explicit server
  // disconnect would tell it to stay away)
  const sockets = app.get(RealtimeServer);
  for (const socket of sockets.localSockets()) socket.conn.close();
  server.closeAllConnections();
  await closed;
  await app.close();
  await database.stop();
  return drained;
}
