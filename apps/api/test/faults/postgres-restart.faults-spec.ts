import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startApiProcess, type ApiProcess } from '../api-process.js';
import { refusal } from '../sockets.js';
import { freshDatabase, postgresService, target, type Service } from './services.js';
import { networkWithCoordinator, renameLoad, report, waitFor } from './load.js';

/** PostgreSQL restarted under write load: nothing acknowledged is lost, the API recovers by itself. */
describe(`PostgreSQL restart under write load (${target})`, () => {
  let postgres: Service;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let api: ApiProcess;

  beforeAll(async () => {
    postgres = await postgresService();
    database = await freshDatabase(postgres.url);
    api = await startApiProcess({
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      RATE_LIMIT_NAMESPACE: `faults-${randomBytes(4).toString('hex')}`,
    });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await postgres?.start().catch(() => {});
    await database?.drop().catch(() => {});
    await postgres?.dispose();
  });

  it('loses no acknowledged write, answers SERVICE_UNAVAILABLE meanwhile and recovers within seconds', async () => {
    const network = await networkWithCoordinator(api.url);
    const load = renameLoad(api.url, network.coordinator.token, network);
    await waitFor(() => load.tally.acknowledged.length >= 50, 30_000, 'writes before the restart');
    const acknowledgedBefore = load.tally.acknowledged.length;

    await postgres.stop();
    const downFor = Date.now();
    // a socket connecting now is told to retry, not that its (valid) token is bad
    const handshake = await refusal(api.url, network.coordinator.token);
    const readiness = await fetch(`${api.url}/health/ready`);
    await new Promise((r) => setTimeout(r, Math.max(0, 2000 - (Date.now() - downFor)))); // a restart-length outage
    await postgres.start();
    const upAt = Date.now();
    const ackedWhenUp = load.tally.acknowledged.length;
    const recoveryMs = await waitFor(
      () => load.tally.acknowledged.length > ackedWhenUp,
      20_000,
      'a write after the restart',
    );
    await waitFor(
      () => load.tally.acknowledged.length >= ackedWhenUp + 50,
      30_000,
      'writes after the restart',
    );
    const tally = await load.stop();

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows: audits } = await client.query<{ name: string }>(
      `SELECT after->>'name' AS name FROM audit_entries WHERE action = 'network.updated' AND network_id = $1`,
      [network.id],
    );
    const { rows: events } = await client.query<{ seq: string; name: string }>(
      `SELECT seq, data->>'name' AS name FROM room_events WHERE room = $1 ORDER BY seq`,
      [`network:${network.id}`],
    );
    await client.end();

    const found = new Set(audits.map((row) => row.name));
    const foundEvents = new Set(events.map((row) => row.name));
    const lost = tally.acknowledged.filter((name) => !found.has(name) || !foundEvents.has(name));
    const seqs = events.map((row) => Number(row.seq));
    const gaps = seqs.filter((seq, i) => seq !== seqs[0]! + i).length;
    report('postgres-restart', {
      target,
      acknowledged: tally.acknowledged.length,
      acknowledgedBeforeRestart: acknowledgedBefore,
      found: tally.acknowledged.length - lost.length,
      refused: tally.refused,
      broken: tally.broken.length,
      outageMs: upAt - downFor,
      recoveryAfterStartMs: recoveryMs,
      roomEvents: seqs.length,
      seqGaps: gaps,
      errorLogLines: api
        .output()
        .split('\n')
        .filter((line) => line.includes('"level":50')).length,
      socketHandshakeDuringOutage: handshake,
      readinessDuringOutage: readiness.status,
    });
    if (Object.keys(tally.refused).some((code) => code !== 'SERVICE_UNAVAILABLE'))
      console.error(api.output());
    expect(handshake).toBe('SERVICE_UNAVAILABLE');
    expect(readiness.status).toBe(503);
    expect(lost).toEqual([]);
    expect(tally.broken).toEqual([]);
    // a write refused during the outage says so; nothing else is an acceptable refusal
    expect(Object.keys(tally.refused).filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(gaps).toBe(0);
    expect(recoveryMs).toBeLessThan(10_000);
    // no stack trace per failed request: the outage is logged a few times, not once per request
    const outageLines = api
      .output()
      .split('\n')
      .filter((line) => /database (still )?unavailable/.test(line));
    expect(outageLines.length).toBeLessThanOrEqual(5);
  });
});
