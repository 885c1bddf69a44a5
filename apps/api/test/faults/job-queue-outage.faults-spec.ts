import { randomBytes } from 'node:crypto';
import { gqlAt, startApiProcess, type ApiProcess } from '../api-process.js';
import { INVITE } from '../network-fixtures.js';
import { SmtpInbox } from '../smtp-inbox.js';
import { freshDatabase, postgresService, target, type Service } from './services.js';
import { networkWithCoordinator, report, waitFor } from './load.js';

/**
 * The job queue across a PostgreSQL outage: the API process stays up, and the invitation e-mails
 * queued before the outage (waiting for a retry after the mail server refused) and after it are
 * delivered once each, without a restart.
 */
describe(`job queue across a PostgreSQL outage (${target})`, () => {
  let postgres: Service;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let inbox: SmtpInbox;
  let api: ApiProcess;

  beforeAll(async () => {
    postgres = await postgresService();
    database = await freshDatabase(postgres.url);
    inbox = await SmtpInbox.start();
    api = await startApiProcess(
      {
        DATABASE_URL: database.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        RATE_LIMIT_NAMESPACE: `faults-${randomBytes(4).toString('hex')}`,
        SMTP_URL: inbox.url,
      },
      170_000,
    );
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await inbox?.close();
    await postgres?.start().catch(() => {});
    await database?.drop().catch(() => {});
    await postgres?.dispose();
  });

  /** The worker's state from /health, on a fresh connection (a kept-alive one may be closed under the read). */
  const jobsState = async () => {
    const response = await fetch(`${api.url}/health`, { headers: { connection: 'close' } }).catch((error) => {
      console.error(`exit code ${api.child.exitCode}\n${api.output()}`);
      throw error;
    });
    return ((await response.json()) as { jobs: string }).jobs;
  };

  it('keeps serving and delivers the queued mails once each when PostgreSQL is back', async () => {
    const network = await networkWithCoordinator(api.url);
    const invite = async (email: string) => {
      const result = await gqlAt(
        api.url,
        INVITE,
        { input: { networkId: network.id, email, role: 'VIEWER' } },
        network.coordinator.token,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
    };
    const before = ['a', 'b', 'c'].map((name) => `${name}-${randomBytes(3).toString('hex')}@example.se`);
    inbox.refuseNext(before.length);
    for (const email of before) await invite(email);
    // every first try refused: the jobs now wait in PostgreSQL for their retry
    await waitFor(() => inbox.refused >= before.length, 30_000, 'the refused first tries');

    await postgres.stop();
    const downAt = Date.now();
    const duringOutage = await jobsState();
    await new Promise((r) => setTimeout(r, Math.max(0, 2000 - (Date.now() - downAt)))); // a restart-length outage
    await postgres.start();
    const upAt = Date.now();

    const deliveredIn = await waitFor(
      () => before.every((email) => inbox.messages.some((m) => m.to.includes(email))),
      60_000,
      'the mails queued before the outage',
    ).catch((error: unknown) => {
      console.error(api.output());
      throw error;
    });
    const after = `after-${randomBytes(3).toString('hex')}@example.se`;
    await invite(after);
    const newMailIn = await waitFor(
      () => inbox.messages.some((m) => m.to.includes(after)),
      30_000,
      'a mail queued after the outage',
    );
    const health = { jobs: await jobsState() };
    const copies = [...before, after].map(
      (email) => inbox.messages.filter((m) => m.to.includes(email)).length,
    );
    report('job-queue-outage', {
      target,
      outageMs: upAt - downAt,
      queuedBeforeOutage: before.length,
      deliveredAfterStartMs: deliveredIn,
      newJobDeliveredMs: newMailIn,
      copies,
      jobsDuringOutage: duringOutage,
      jobsAfter: health.jobs,
      workerRestarts: (api.output().match(/starting it again/g) ?? []).length,
    });
    expect(api.child.exitCode).toBeNull(); // the process never went down
    expect(copies).toEqual([1, 1, 1, 1]);
    expect(health.jobs).toBe('running');
  });
});
