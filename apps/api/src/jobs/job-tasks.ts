import { Injectable } from '@nestjs/common';

/** What a task knows about the job it runs. */
export interface JobInfo {
  id: string;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
  /** For cron runs: the moment the schedule fired (the same on every process). */
  scheduledFor: Date | null;
}

export type JobHandler = (payload: unknown, job: JobInfo) => Promise<void>;

/** A recurring task: `pattern` is a crontab time (UTC), run once per match across all processes. */
export interface CronTask {
  task: string;
  pattern: string;
  /** Runs missed while no worker ran are made up for, up to this far back (ms); 0 = none. */
  backfillMs?: number;
  maxAttempts?: number;
}

/**
 * The tasks the job queue can run. Each feature registers its own at module init (like
 * `RoomAccess.register`): `jobs/` knows no feature's tables. A task must be safe to run twice
 * (a retry after a crash between its effect and its completion): check before acting.
 */
@Injectable()
export class JobTasks {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: CronTask[] = [];

  define(task: string, handler: JobHandler): void {
    if (this.handlers.has(task)) throw new Error(`Job task ${task} is defined twice`);
    this.handlers.set(task, handler);
  }

  schedule(cron: CronTask): void {
    if (!this.handlers.has(cron.task)) throw new Error(`Cron task ${cron.task} has no handler`);
    this.schedules.push(cron);
  }

  handler(task: string): JobHandler | undefined {
    return this.handlers.get(task);
  }

  get names(): string[] {
    return [...this.handlers.keys()];
  }

  get crons(): readonly CronTask[] {
    return this.schedules;
  }
}
