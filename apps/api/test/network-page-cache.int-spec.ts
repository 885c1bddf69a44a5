import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { registeredNetworkParts } from '../src/networks/networks.loaders.js';
import { addMember, createNetwork, municipalityIds, type TestNetwork } from './network-fixtures.js';
import { createRound } from './round-fixtures.js';
import { errorCode, startTestApp, type TestApp } from './test-app.js';
import { networkPageQuery } from './web-documents.js';

/**
 * The network page's lists are kept per process while the network's page version stays the same
 * (NetworkPageCache). Two apps on one database stand for two API processes: whatever changes through
 * one, or straight in the database, shows on the next page query of the other.
 */
describe('network page lists kept per process', () => {
  let a: TestApp;
  let b: TestApp;
  let network: TestNetwork;
  let roundId: string;
  let indicatorSetId: string;

  beforeAll(async () => {
    // one secret: a token signed by one process is good in the other, as in production
    const jwtSecret = randomBytes(32).toString('hex');
    a = await startTestApp({ JWT_SECRET: jwtSecret });
    b = await startTestApp({ JWT_SECRET: jwtSecret }, { shareDatabaseOf: a });
    network = await createNetwork(a, 'Cached network', ['Solna', 'Sundbyberg']);
    ({ roundId, indicatorSetId } = await createRound(a, network.coordinator.token, network.id));
  });

  afterAll(async () => {
    await b.close();
    await a.close();
  });

  async function page(t: TestApp, token = network.coordinator.token) {
    const result = await t.gql(networkPageQuery(), { id: network.id }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.network;
  }

  /** Both processes have read the page, so both hold its lists. */
  const readOnBoth = async () => Promise.all([page(a), page(b)]);

  /** A write that does not bump the page version (triggers off for its session): shows what is kept. */
  async function writeUnversioned(sql: string, params: unknown[]) {
    const client = new pg.Client({ connectionString: a.databaseUrl });
    await client.connect();
    try {
      await client.query(`SET session_replication_role = replica`);
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  }

  it('reuses the lists while nothing they show has changed', async () => {
    await readOnBoth();
    await writeUnversioned(`UPDATE users SET display_name = 'Not bumped' WHERE id = $1`, [
      network.coordinator.id,
    ]);
    const names = (await page(b)).members.map((m: any) => m.user.displayName);
    expect(names).not.toContain('Not bumped');
    // the same change with its version bump (an ordinary write) shows at once
    await a.dataSource.query(`UPDATE users SET display_name = 'Bumped' WHERE id = $1`, [
      network.coordinator.id,
    ]);
    expect((await page(b)).members.map((m: any) => m.user.displayName)).toContain('Bumped');
  });

  it('a member added in one process shows in the other', async () => {
    await readOnBoth();
    const head = await addMember(a, network, 'HEAD', 'Solna');
    const members = (await page(b)).members;
    expect(members.map((m: any) => m.user.id)).toContain(head.id);
    expect(members.find((m: any) => m.user.id === head.id).municipality.name).toBe('Solna');
    // the new member reads the page too, from the lists kept for everyone
    expect((await page(b, head.token)).members).toHaveLength(members.length);
  });

  it('a member who renames themselves shows renamed in the other process', async () => {
    const editor = await addMember(a, network, 'EDITOR', 'Sundbyberg');
    await readOnBoth();
    const renamed = await b.gql(
      `mutation { updateProfile(input: { displayName: "Renamed Editor" }) { displayName } }`,
      {},
      editor.token,
    );
    expect(renamed.errors).toBeUndefined();
    for (const t of [a, b]) {
      const member = (await page(t)).members.find((m: any) => m.user.id === editor.id);
      expect(member.user.displayName).toBe('Renamed Editor');
    }
  });

  it('a member removed is gone from the list, and their own page query is NOT_FOUND at once', async () => {
    const viewer = await addMember(a, network, 'VIEWER');
    await Promise.all([page(a), page(b), page(b, viewer.token)]);
    const removed = await a.gql(
      `mutation($id: ID!) { removeMember(membershipId: $id) { id } }`,
      { id: viewer.membershipId },
      network.coordinator.token,
    );
    expect(removed.errors).toBeUndefined();
    expect((await page(b)).members.map((m: any) => m.user.id)).not.toContain(viewer.id);
    const theirs = await b.gql(networkPageQuery(), { id: network.id }, viewer.token);
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    expect(theirs.data?.network ?? null).toBeNull();
  });

  it('a municipality added, a round renamed and a set changed show in the other process', async () => {
    await readOnBoth();
    const [taby] = await municipalityIds(a, network.coordinator.token, ['Täby']);
    const added = await a.gql(
      `mutation($n: ID!, $m: ID!) { addMunicipalityToNetwork(networkId: $n, municipalityId: $m) { id } }`,
      { n: network.id, m: taby },
      network.coordinator.token,
    );
    expect(added.errors).toBeUndefined();
    expect((await page(b)).municipalities.map((m: any) => m.name)).toContain('Täby');

    const renamed = await a.gql(
      `mutation($id: ID!) { updateRound(id: $id, input: { title: "Renamed round" }) { id } }`,
      { id: roundId },
      network.coordinator.token,
    );
    expect(renamed.errors).toBeUndefined();
    expect((await page(b)).rounds.map((r: any) => r.title)).toEqual(['Renamed round']);

    // no API edits a set's title; any writer's change still shows
    await a.dataSource.query(`UPDATE indicator_sets SET title = 'Changed set' WHERE id = $1`, [
      indicatorSetId,
    ]);
    expect((await page(b)).rounds[0].indicatorSet.title).toBe('Changed set');

    await a.dataSource.query(`UPDATE municipalities SET name = 'Solna stad' WHERE id = $1`, [
      network.municipalities.Solna,
    ]);
    const after = await page(b);
    expect(after.municipalities.map((m: any) => m.name)).toContain('Solna stad');
    expect(after.members.some((m: any) => m.municipality?.name === 'Solna stad')).toBe(true);
  });

  it('every table a kept list reads bumps the page version when it changes', async () => {
    const tables = [...new Set(registeredNetworkParts().flatMap((part) => part.tables))].sort();
    expect(tables).toEqual(
      ['indicator_sets', 'memberships', 'municipalities', 'network_municipalities', 'rounds', 'users'].sort(),
    );
    const rows: { table: string }[] = await a.dataSource.query(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgname = 'network_page_version'`,
    );
    expect(rows.map((row) => row.table).sort()).toEqual(tables);
  });
});
