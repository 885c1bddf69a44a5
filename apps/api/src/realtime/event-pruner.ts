import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { RETENTION_MS } from './replay.service.js';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const BATCH = 5_000;
/** pg advisory lock key: one pruner at a time across replicas. */
export const PRUNE_LOCK = 0x53616d72; // "Samr"

/**
 * Deletes events past the retention window (replay refuses them anyway), hourly, in small
 * batches. Every replica runs the timer; a session advisory lock lets only one of them work at a
 * time and the others skip. (When the job queue arrives this can become one cron job.)
 */
@Injectable()
export class EventPruner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventPruner.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.isTest) return;
    // start at a random point of the hour so replicas started together do not collide
    const first = Math.floor(Math.random() * PRUNE_EVERY_MS);
    this.timer = setTimeout(() => {
      void this.runLogged();
      this.timer = setInterval(() => void this.runLogged(), PRUNE_EVERY_MS).unref();
    }, first).unref();
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
  }

  private async runLogged(): Promise<void> {
    try {
      const deleted = await this.prune();
      if (deleted) this.logger.log(`pruned ${deleted} room events older than the retention window`);
    } catch (error) {
      this.logger.warn(`pruning room events failed: ${(error as Error).message}`);
    }
  }

  /** Deletes events older than the retention window; null when another replica holds the lock. */
  async prune(now = Date.now()): Promise<number | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [
        PRUNE_LOCK,
      ])) as {
        locked: boolean;
      }[];
      if (!locked) return null;
      try {
        const cutoff = new Date(now - RETENTION_MS);
        let total = 0;
        for (;;) {
          const [, count] = (await runner.query(
            `DELETE FROM room_events WHERE ctid = ANY(ARRAY(
               SELECT ctid FROM room_events WHERE at < $1 LIMIT $2))`,
            [cutoff, BATCH],
          )) as [unknown, number];
          total += count;
          if (count < BATCH) return total;
        }
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [PRUNE_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }
}
