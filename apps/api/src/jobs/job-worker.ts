import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { parseCronItems, run, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
import { AppConfig } from '../config/app-config.js';
import { JOB_SCHEMA } from './job-schema.js';
import { workerLogger } from './job-log.js';
import { JobTasks } from './job-tasks.js';

export type WorkerState = 'off' | 'starting' | 'running' | 'restarting' | 'stopping' | 'stopped';

const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 30_000;
const POOL_SIZE = 4;

/**
 * Runs this process's share of the job queue (graphile-worker): the tasks features registered in
 * `JobTasks`, and the cron schedule, whose runs graphile-worker makes exactly-once across all
 * processes (the first process to claim a minute in `known_crontabs` queues the job). The worker
 * has its own small pool, so a burst of jobs cannot starve requests.
 *
 * A worker that stops on its own (PostgreSQL went away while it completed a job, or was down at
 * start) is started again with backoff; the API keeps serving meanwhile. `stop()` is part of the
 * graceful shutdown: no new jobs, running ones finish (or are handed back for a retry).
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorker.name);
  private runner: Runner | null = null;
  /** The pool of the current run: ours, not graphile-worker's (see `newPool`). */
  private pool: pg.Pool | null = null;
  private restartTimer?: NodeJS.Timeout;
  private restartDelay = RESTART_FIRST_MS;
  private stopping = false;
  state: WorkerState = 'off';
  /** Runs started, including restarts (tests and /health read it). */
  starts = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly tasks: JobTasks,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.env.JOBS_WORKER) return;
    this.state = 'starting';
    await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Stops taking jobs and waits for the running ones, at most `graceMs` (then they are handed back). */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const runner = this.runner;
    this.runner = null;
    if (this.state !== 'off') this.state = 'stopping';
    if (runner) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), graceMs);
      });
      const outcome = await Promise.race([runner.stop().then(() => 'stopped' as const), timedOut]).catch(
        () => 'stopped' as const,
      );
      clearTimeout(timer);
      if (outcome === 'timeout') {
        this.logger.warn(`jobs still running after ${graceMs} ms: handing them back for a retry`);
        await runner.kill().catch(() => undefined);
      }
    }
    await this.endPool();
    if (this.state !== 'off') this.state = 'stopped';
  }

  /**
   * The worker's own small pool, made here rather than by graphile-worker: graphile-worker removes its error
   * handlers from a pool it made before ending it, without waiting, so a connection cut during that end (a
   * database dropped or PostgreSQL stopping at shutdown) raised an unhandled 'error' and took the process down.
   */
  private newPool(): pg.Pool {
    const pool = new pg.Pool({ connectionString: this.config.databaseUrl, max: POOL_SIZE });
    const lost = (error: Error) => this.logger.warn(`a job queue connection was lost: ${error.message}`);
    pool.on('error', lost);
    pool.on('connect', (client) => client.on('error', lost));
    return (this.pool = pool);
  }

  private async endPool(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.end().catch(() => undefined);
  }

  private async start(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.endPool();
      const runner = await run({
        pgPool: this.newPool(),
        schema: JOB_SCHEMA,
        concurrency: this.config.env.JOBS_CONCURRENCY,
        noHandleSignals: true,
        logger: workerLogger(),
        taskList: this.taskList(),
        parsedCronItems: parseCronItems(
          this.tasks.crons.map((cron) => ({
            task: cron.task,
            match: cron.pattern,
            identifier: cron.task,
            options: { backfillPeriod: cron.backfillMs ?? 0, maxAttempts: cron.maxAttempts ?? 3 },
          })),
        ),
      });
      if (this.stopping) {
        await runner.stop();
        await this.endPool();
        return;
      }
      this.runner = runner;
      this.starts++;
      this.state = 'running';
      this.restartDelay = RESTART_FIRST_MS;
      runner.promise.then(
        () => this.ended(runner, null),
        (error: unknown) => this.ended(runner, error as Error),
      );
    } catch (error) {
      await this.endPool();
      this.scheduleRestart(`the job worker could not start: ${(error as Error).message}`);
    }
  }

  private ended(runner: Runner, error: Error | null): void {
    if (this.stopping || this.runner !== runner) return;
    this.runner = null;
    this.scheduleRestart(`the job worker stopped${error ? `: ${error.message}` : ''}`);
  }

  private scheduleRestart(why: string): void {
    if (this.stopping) return;
    this.state = 'restarting';
    this.logger.warn(`${why}; starting it again in ${this.restartDelay} ms`);
    this.restartTimer = setTimeout(() => void this.start(), this.restartDelay);
    this.restartDelay = Math.min(this.restartDelay * 2, RESTART_MAX_MS);
  }

  private taskList(): TaskList {
    return Object.fromEntries(
      this.tasks.names.map((name) => [
        name,
        async (payload, helpers) => {
          const cron = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
          await this.tasks.handler(name)!(payload, {
            id: helpers.job.id,
            attempt: helpers.job.attempts,
            maxAttempts: helpers.job.max_attempts,
            scheduledFor: cron ? new Date(cron) : null,
          });
        },
      ]),
    );
  }
}
