import { randomBytes } from 'node:crypto';
import { createNetwork, type TestNetwork } from './network-fixtures.js';
import { createRound } from './round-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';
import { HOME_QUERY, networkPageQuery } from './web-documents.js';

/**
 * The main page queries, as the web sends them, cost a fixed number of SQL statements whatever
 * the size of the network: no N+1, and the round trips counted here are the ones a request pays.
 * Every statement the API sends through TypeORM during one request is recorded.
 */
describe('SQL statements per page query', () => {
  let t: TestApp;
  let network: TestNetwork;
  let recording: string[] | null = null;

  beforeAll(async () => {
    t = await startTestApp();
    const logger = t.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      recording?.push(query);
      return logQuery(query, parameters, queryRunner);
    };
    network = await createNetwork(t, 'Statement network', ['Solna', 'Sundbyberg', 'Ekerö']);
    await createRound(t, network.coordinator.token, network.id);
  });

  afterAll(() => t.close());

  /** Members are rows here, not sign-ups: the count of statements is what this test is about. */
  async function growTo(members: number) {
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM memberships WHERE network_id = $1`,
      [network.id],
    );
    const municipalities = Object.values(network.municipalities);
    for (let i = count; i < members; i++) {
      const [user] = await t.dataSource.query(
        `INSERT INTO users (email, password_hash, display_name) VALUES ($1, 'x', $2) RETURNING id`,
        [`member-${i}-${randomBytes(3).toString('hex')}@test.samrad.se`, `Member ${i}`],
      );
      await t.dataSource.query(
        `INSERT INTO memberships (network_id, user_id, role, municipality_id) VALUES ($1, $2, $3, $4)`,
        [network.id, user.id, i % 2 ? 'EDITOR' : 'HEAD', municipalities[i % municipalities.length]],
      );
    }
  }

  async function statementsOf(query: string, variables: Record<string, unknown>) {
    recording = [];
    try {
      const result = await t.gql(query, variables, network.coordinator.token);
      expect(result.errors).toBeUndefined();
      return { statements: recording, data: result.data! };
    } finally {
      recording = null;
    }
  }

  it('the network page: the same few statements for 3 and for 15 members', async () => {
    await growTo(3);
    const small = await statementsOf(networkPageQuery(), { id: network.id });
    expect(small.data.network.members).toHaveLength(3);
    expect(small.data.network.rounds).toHaveLength(1);

    await growTo(15);
    const large = await statementsOf(networkPageQuery(), { id: network.id });
    expect(large.data.network.members).toHaveLength(15);
    expect(large.data.network.members.every((m: any) => m.user.displayName && m.user.email)).toBe(true);

    expect(large.statements).toHaveLength(small.statements.length);
    // one statement: the network with my roles, its municipalities, its members with users and
    // municipalities, and its rounds with their sets (read along because the query asks for them).
    // The session was checked by an earlier request of this token and is remembered (SessionCache).
    expect(large.statements).toHaveLength(1);
    expect(large.statements.join('\n')).not.toMatch(/FROM sessions/);
    expect(large.statements.join('\n')).not.toMatch(/START TRANSACTION|BEGIN/i);
  });

  it('the rounds read along with the network are the rounds as read on their own', async () => {
    const fields = `id title phase version createdAt updatedAt answeringDeadline consensusRule
      phaseDeadlines { phase deadline } indicatorSet { id key title year version area source createdAt }`;
    const along = await t.gql(
      `query($id: ID!) { network(id: $id) { rounds { ${fields} } } }`,
      { id: network.id },
      network.coordinator.token,
    );
    const [listed] = along.data!.network.rounds;
    const alone = await t.gql(
      `query($id: ID!) { round(id: $id) { ${fields} } }`,
      { id: listed.id },
      network.coordinator.token,
    );
    expect(alone.errors).toBeUndefined();
    expect(listed).toEqual(alone.data!.round);
  });

  it('the home page (myWork and networks): the same statements for 1 network and for 3', async () => {
    const one = await statementsOf(HOME_QUERY, {});
    expect(one.data.networks).toHaveLength(1);
    for (const name of ['Second network', 'Third network'])
      await t.gql(
        `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
        { input: { name } },
        network.coordinator.token,
      );
    const three = await statementsOf(HOME_QUERY, {});
    expect(three.data.networks).toHaveLength(3);
    expect(three.statements).toHaveLength(one.statements.length);
    // myWork: my roles with their networks and pending invitations, open rounds; networks: the list
    // with my memberships (roles) and municipalities — each once, whatever the number of networks.
    // The session is remembered from earlier requests (SessionCache).
    expect(three.statements.length).toBeLessThanOrEqual(3);
    expect(three.statements.filter((s) => /FROM sessions/.test(s))).toHaveLength(0);
  });

  it('a session not yet remembered is checked once for both root fields of the home page', async () => {
    const login = await t.gql(
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
      { email: network.coordinator.email, password: 'correct horse battery' },
    );
    recording = [];
    try {
      const result = await t.gql(HOME_QUERY, {}, login.data!.login.accessToken);
      expect(result.errors).toBeUndefined();
      expect(recording.filter((s) => /FROM sessions/.test(s))).toHaveLength(1);
    } finally {
      recording = null;
    }
  });
});
