import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../jobs/clock.js';
import { JobTasks } from '../jobs/job-tasks.js';
import { RETENTION_MS } from './replay.service.js';

export const PRUNE_TASK = 'realtime.prune-events';
const BATCH = 5_000;
/** pg advisory lock key: one pruning at a time, should one be started by hand beside the cron run. */
export const PRUNE_LOCK = 0x53616d72; // "Samr"

/**
 * Deletes events past the retention window (replay refuses them anyway) in small batches: an
 * hourly cron task of the job queue, so exactly one process runs it each hour (at minute 17, away
 * from the top of the hour where other schedules crowd).
 */
@Injectable()
export class EventPruner implements OnModuleInit {
  private readonly logger = new Logger(EventPruner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: JobTasks,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.tasks.define(PRUNE_TASK, async () => {
      const deleted = await this.prune(this.clock.now().getTime());
      if (deleted) this.logger.log(`pruned ${deleted} room events older than the retention window`);
    });
    this.tasks.schedule({ task: PRUNE_TASK, pattern: '17 * * * *' });
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
