import type { Provider } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { RedisService } from '../common/redis.service.js';

/** The socket.io adapter factory: Redis when REDIS_URL is set (rooms shared by all processes), else null (in-memory). */
export const SOCKET_IO_ADAPTER = Symbol('SOCKET_IO_ADAPTER');

export type SocketIoAdapterFactory = ReturnType<typeof createAdapter> | null;

/**
 * Connected before the gateway starts (Nest resolves async providers first), so the server has
 * its Redis adapter before the first socket arrives. Pub/sub needs two dedicated connections.
 */
export const socketIoAdapterProvider: Provider = {
  provide: SOCKET_IO_ADAPTER,
  inject: [RedisService],
  useFactory: async (redis: RedisService): Promise<SocketIoAdapterFactory> => {
    if (!redis.enabled) return null;
    // Redis down at boot must not keep the API from starting: it then runs with in-memory rooms
    // (events still reach every process through PostgreSQL; presence is per process, marked partial)
    const [pub, sub] = await Promise.all([
      redis.connectWithin('io-pub', 2000),
      redis.connectWithin('io-sub', 2000),
    ]);
    if (!pub || !sub) return null;
    redis.roomsShared = true;
    return createAdapter(pub, sub, {
      key: 'samrad-io',
      // presence asks every process for its sockets; a dead process must not stall it for long
      requestsTimeout: 2000,
      publishOnSpecificResponseChannel: true,
    });
  },
};
