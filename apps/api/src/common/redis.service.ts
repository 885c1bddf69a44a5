import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createClient, type RedisClientType } from 'redis';
import { AppConfig } from '../config/app-config.js';

/** Redis connections when REDIS_URL is set (rate limits, socket.io rooms across processes). */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisService.name);
  private readonly clients: RedisClientType[] = [];
  private main?: Promise<RedisClientType>;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.env.REDIS_URL);
  }

  /** The shared command connection, or null without REDIS_URL. */
  client(): Promise<RedisClientType> | null {
    if (!this.enabled) return null;
    return (this.main ??= this.connect('main'));
  }

  /** A new connection of its own (pub/sub needs dedicated ones). */
  async connect(name: string): Promise<RedisClientType> {
    const client: RedisClientType = createClient({ url: this.config.env.REDIS_URL, name: `samrad-${name}` });
    client.on('error', (error: Error) => this.logger.warn(`Redis (${name}): ${error.message}`));
    this.clients.push(client);
    await client.connect();
    return client;
  }

  async ping(): Promise<'up' | 'down' | 'disabled'> {
    const client = this.client();
    if (!client) return 'disabled';
    try {
      await (await client).ping();
      return 'up';
    } catch {
      return 'down';
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.clients.map((client) => client.close()));
  }
}
