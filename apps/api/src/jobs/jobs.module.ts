import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { JobTasks } from './job-tasks.js';
import { JobWorker } from './job-worker.js';

/**
 * The job queue (graphile-worker on our PostgreSQL): `JobQueue.add` queues work, features register
 * what their tasks do in `JobTasks`, and `JobWorker` runs them in every process that has
 * `JOBS_WORKER` on. The `Clock` comes from AppModule (tests move it by hand).
 */
@Global()
@Module({ providers: [JobTasks, JobQueue, JobWorker], exports: [JobTasks, JobQueue, JobWorker] })
export class JobsModule {}
