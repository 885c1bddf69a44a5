import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/auth.decorators.js';
import { Lifecycle } from '../common/lifecycle.service.js';
import { RedisService } from '../common/redis.service.js';
import { JobWorker } from '../jobs/job-worker.js';
import { MetricsService } from './metrics.service.js';

/** Readiness answers within a second even when a dependency hangs. */
const CHECK_TIMEOUT_MS = 800;

const within = <T>(work: Promise<T>, fallback: T): Promise<T> =>
  Promise.race([
    work.catch(() => fallback),
    new Promise<T>((r) => setTimeout(() => r(fallback), CHECK_TIMEOUT_MS).unref()),
  ]);

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisService,
    private readonly metrics: MetricsService,
    private readonly lifecycle: Lifecycle,
    private readonly jobs: JobWorker,
  ) {}

  /** Liveness: the process runs and its event loop answers. A restart is the only cure when this fails. */
  @Public()
  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Readiness, for the load balancer: 503 only when this replica cannot serve (the database is
   * unreachable, or it is shutting down). Redis down is `degraded` but ready: GraphQL, sign-in and
   * events keep working without it (rate limits and presence fall back to this process). The job
   * worker's state is shown but never makes a replica unready: requests do not need it, queued jobs
   * wait in PostgreSQL, and another replica's worker (or this one after its restart) runs them.
   */
  @Public()
  @Get('health/ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [database, redis] = await Promise.all([
      within(
        this.dataSource.query('SELECT 1').then(() => 'up' as const),
        'down' as const,
      ),
      within(this.redis.ping(), 'down' as const),
    ]);
    const ok = database === 'up' && !this.lifecycle.draining;
    res.status(ok ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    const status = this.lifecycle.draining
      ? 'draining'
      : !ok
        ? 'unavailable'
        : redis === 'down'
          ? 'degraded'
          : 'ok';
    return { status, database, redis, jobs: this.jobs.state };
  }

  /** Kept for existing probes: answers as readiness does. */
  @Public()
  @Get('health')
  health(@Res({ passthrough: true }) res: Response) {
    return this.ready(res);
  }

  @Public()
  @Get('metrics')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async prometheus(@Res() res: Response) {
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
