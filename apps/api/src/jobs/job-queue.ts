import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { JOB_SCHEMA } from './job-schema.js';

export interface JobOptions {
  /** One queued job per key: adding again replaces the waiting one (its payload and time). */
  jobKey?: string;
  /** Tries before the job counts as failed for good (default 25); retries back off exponentially. */
  maxAttempts?: number;
  runAt?: Date;
}

/**
 * Queues jobs with graphile-worker's SQL function `add_job`, on the caller's transaction when one is
 * given: the job commits with the rows that asked for it (or not at all), and any process's worker
 * picks it up right after commit (LISTEN/NOTIFY).
 */
@Injectable()
export class JobQueue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(
    task: string,
    payload: Record<string, unknown>,
    options: JobOptions = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const [job] = (await manager.query(
      `SELECT id::text FROM ${JOB_SCHEMA}.add_job($1::text, $2::json,
         run_at => $3::timestamptz, max_attempts => $4::int, job_key => $5::text)`,
      [
        task,
        JSON.stringify(payload),
        options.runAt ?? null,
        options.maxAttempts ?? null,
        options.jobKey ?? null,
      ],
    )) as { id: string }[];
    return job.id;
  }
}
