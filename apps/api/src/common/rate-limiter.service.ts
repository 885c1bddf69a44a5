import { Injectable } from '@nestjs/common';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppError } from './app-error.js';
import { AppConfig } from '../config/app-config.js';
import { RedisService } from './redis.service.js';

interface Limit {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * Fixed-window limits, counted in Redis when REDIS_URL is set (so every replica sees the same
 * counts) and in memory otherwise. A Redis outage falls back to memory rather than locking people
 * out, without waiting: while Redis is known to be down it is not asked at all, and a command that
 * hangs gives up after REDIS_COMMAND_TIMEOUT_MS (the memory limiter is its insurance).
 */
@Injectable()
export class RateLimiterService {
  private readonly limiters = new Map<string, Promise<RateLimiterAbstract>>();
  private readonly memory = new Map<string, RateLimiterMemory>();

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  private limiter(limit: Limit): Promise<RateLimiterAbstract> {
    if (!this.redis.available) return Promise.resolve(this.memoryLimiter(limit));
    let limiter = this.limiters.get(limit.keyPrefix);
    if (!limiter) {
      limiter = this.create(limit);
      this.limiters.set(limit.keyPrefix, limiter);
    }
    return limiter;
  }

  private memoryLimiter(base: Limit): RateLimiterMemory {
    let memory = this.memory.get(base.keyPrefix);
    if (!memory) {
      memory = new RateLimiterMemory({ ...base, keyPrefix: this.prefixed(base) });
      this.memory.set(base.keyPrefix, memory);
    }
    return memory;
  }

  private prefixed(base: Limit): string {
    return `${this.config.env.RATE_LIMIT_NAMESPACE}:${base.keyPrefix}`;
  }

  private async create(base: Limit): Promise<RateLimiterAbstract> {
    const limit = { ...base, keyPrefix: this.prefixed(base) };
    const memory = this.memoryLimiter(base);
    const client = this.redis.client();
    if (!client) return memory;
    return new RateLimiterRedis({
      ...limit,
      storeClient: await client,
      useRedisPackage: true,
      insuranceLimiter: memory,
    });
  }

  /** Counts one attempt; throws TOO_MANY_REQUESTS when the limit is used up. */
  async consume(limit: Limit, key: string, message: string): Promise<void> {
    try {
      await (await this.limiter(limit)).consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(message, error.msBeforeNext);
      throw error;
    }
  }

  /** Throws TOO_MANY_REQUESTS once `points` were counted (or a wait was set) in the open window. */
  async check(limit: Limit, key: string, message: string): Promise<void> {
    const state = await (await this.limiter(limit)).get(key);
    if (state && state.consumedPoints >= limit.points) throw tooMany(message, state.msBeforeNext);
  }

  /** Counts one event without refusing it; returns the count in the current window. */
  async count(limit: Limit, key: string): Promise<number> {
    return (await (await this.limiter(limit)).penalty(key, 1)).consumedPoints;
  }

  /** Makes `check` refuse the key for `seconds`. */
  async block(limit: Limit, key: string, seconds: number): Promise<void> {
    await (await this.limiter(limit)).block(key, seconds);
  }

  async reset(limit: Limit, key: string): Promise<void> {
    await (await this.limiter(limit)).delete(key);
  }
}

function tooMany(message: string, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError('TOO_MANY_REQUESTS', `${message} Try again in ${seconds} s.`, { retryAfter: seconds });
}
