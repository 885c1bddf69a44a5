import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createClient, type RedisClientType } from 'redis';
import { AppConfig } from '../config/app-config.js';

/** Longest wait for one Redis command on the shared connection: callers fall back after it. */
export const REDIS_COMMAND_TIMEOUT_MS = 300;

/**
 * Redis connections when REDIS_URL is set (rate limits, socket.io rooms across processes). Redis
 * is an optimisation here, never a dependency of a request: the shared connection fails commands
 * at once while disconnected (no offline queue) and after REDIS_COMMAND_TIMEOUT_MS otherwise, and
 * `available` lets callers skip it entirely while it is down. Listeners of `onRecovered` run when
 * it comes back (presence recomputes what it could not share meanwhile).
 */
@Injectable()
export class RedisService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisService.name);
  private readonly clients: RedisClientType[] = [];
  private readonly recoveredListeners: (() => void)[] = [];
  private main?: Promise<RedisClientType>;
  private mainClient?: RedisClientType;
  private down = false;
  /** socket.io rooms are shared through Redis (false when Redis was down at start). */
  roomsShared = false;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.env.REDIS_URL);
  }

  /** Redis is configured and the shared connection is up now. */
  get available(): boolean {
    return Boolean(this.mainClient?.isReady);
  }

  onModuleInit(): void {
    // connect early, so `available` is true by the first request
    this.client()?.catch(() => {});
  }

  /** The shared command connection, or null without REDIS_URL. */
  client(): Promise<RedisClientType> | null {
    if (!this.enabled) return null;
    return (this.main ??= this.connectMain());
  }

  onRecovered(listener: () => void): void {
    this.recoveredListeners.push(listener);
  }

  private async connectMain(): Promise<RedisClientType> {
    const client = this.create('main', {
      disableOfflineQueue: true,
      commandOptions: { timeout: REDIS_COMMAND_TIMEOUT_MS },
    });
    this.mainClient = client;
    client.on('ready', () => {
      if (!this.down) return;
      this.down = false;
      this.logger.log('Redis is back: shared rate limits and cross-process presence resume');
      for (const listener of this.recoveredListeners) listener();
    });
    client.on('end', () => (this.down = true));
    client.on('reconnecting', () => {
      if (!this.down)
        this.logger.warn('Redis unreachable: rate limits and presence fall back to this process');
      this.down = true;
    });
    await client.connect();
    return client;
  }

  /** A new connection of its own (pub/sub needs dedicated ones). */
  async connect(name: string): Promise<RedisClientType> {
    const client = this.create(name);
    await client.connect();
    return client;
  }

  /** A new connection, or null (and no connection left behind) when Redis does not answer within `ms`. */
  async connectWithin(name: string, ms: number): Promise<RedisClientType | null> {
    const client = this.create(name);
    const connecting = client.connect().catch(() => {});
    await Promise.race([connecting, new Promise((r) => setTimeout(r, ms).unref())]);
    if (client.isReady) return client;
    this.logger.warn(`Redis (${name}) not reachable at start: running without it until the next restart`);
    this.clients.splice(this.clients.indexOf(client), 1);
    client.destroy();
    return null;
  }

  private create(name: string, options: Parameters<typeof createClient>[0] = {}): RedisClientType {
    const client: RedisClientType = createClient({
      ...options,
      url: this.config.env.REDIS_URL,
      name: `samrad-${name}`,
      // retry quickly and forever: an outage ends by itself, and nothing waits on the reconnect
      socket: {
        connectTimeout: 1000,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
      },
    }) as RedisClientType;
    let lastWarned = 0;
    client.on('error', (error: Error) => {
      // one line per connection every 30 s while it is down, not one per reconnect attempt
      if (Date.now() - lastWarned < 30_000) return;
      lastWarned = Date.now();
      this.logger.warn(`Redis (${name}): ${error.message || error.name}`);
    });
    this.clients.push(client);
    return client;
  }

  async ping(): Promise<'up' | 'down' | 'disabled'> {
    const client = this.client();
    if (!client) return 'disabled';
    if (!this.available) return 'down';
    try {
      await (await client).ping();
      return 'up';
    } catch {
      return 'down';
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(
      this.clients.map((client) =>
        !client.isOpen ? undefined : client.isReady ? client.close() : client.destroy(),
      ),
    );
  }
}
