import {
  addMember,
  countRows,
  CREATE_NETWORK,
  createNetwork,
  municipalityIds,
  type TestNetwork,
} from '../../test/network-fixtures.js';
import { errorCode, registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';

const MUNICIPALITIES = `query($country: Country, $search: String, $limit: Int) {
  municipalities(country: $country, search: $search, limit: $limit) { id code name country }
}`;
const NETWORK = `query($id: ID!) {
  network(id: $id) {
    id name description myRoles
    municipalities { id name }
    members { id role user { id email displayName } municipality { id name } }
    myMemberships { role municipality { name } }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name description } }`;
const ADD_MUNICIPALITY = `mutation($n: ID!, $m: ID!) { addMunicipalityToNetwork(networkId: $n, municipalityId: $m) { id municipalities { name } } }`;
const REMOVE_MUNICIPALITY = `mutation($n: ID!, $m: ID!) { removeMunicipalityFromNetwork(networkId: $n, municipalityId: $m) { id municipalities { name } } }`;
const CHANGE_ROLE = `mutation($id: ID!, $role: NetworkRole!, $m: ID) {
  changeMemberRole(membershipId: $id, role: $role, municipalityId: $m) { id role municipality { name } }
}`;
const REMOVE_MEMBER = `mutation($id: ID!) { removeMember(membershipId: $id) { id members { id } } }`;
const LEAVE = `mutation($id: ID!) { leaveNetwork(networkId: $id) }`;
const AUDIT = `query($id: ID!) { network(id: $id) { auditLog(limit: 100) { action subjectType subjectId before after actor { email } } } }`;

const TABLES = ['networks', 'network_municipalities', 'memberships', 'audit_entries', 'room_events'];

describe('networks (GraphQL over HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let anna: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    anna = await registerUser(t, 'anna');
  });
  afterAll(() => t.close());

  const roomEvents = async (networkId: string) =>
    (
      (await t.dataSource.query(`SELECT seq, type, data FROM room_events WHERE room = $1 ORDER BY seq`, [
        `network:${networkId}`,
      ])) as { seq: string; type: string; data: Record<string, unknown> }[]
    ).map((e) => ({ ...e, seq: Number(e.seq) }));

  describe('municipalities', () => {
    const search = async (variables: Record<string, unknown>) => {
      const result = await t.gql(MUNICIPALITIES, variables, anna.token);
      expect(result.errors).toBeUndefined();
      return result.data!.municipalities as { id: string; code: string; name: string; country: string }[];
    };

    it('finds by name prefix, any case, with or without accents', async () => {
      for (const text of ['jarf', 'JÄRF', 'Järfälla', ' järfä ']) {
        expect((await search({ search: text })).map((m) => m.name)).toEqual(['Järfälla']);
      }
      expect((await search({ search: 'aero', country: 'DK' })).map((m) => m.name)).toContain('Ærø');
    });

    it('matches the start of any word of the name, and code prefixes', async () => {
      expect((await search({ search: 'bro' })).map((m) => m.name)).toEqual(
        expect.arrayContaining(['Upplands-Bro', 'Bromölla']),
      );
      const vasby = await search({ search: 'vasby' });
      expect(vasby.map((m) => m.name)).toContain('Upplands Väsby');
      // Names that start with the text come before names where a later word does.
      const ekero = await search({ search: 'eker' });
      expect(ekero[0].name).toBe('Ekerö');
      expect((await search({ search: '0123' })).map((m) => m.name)).toEqual(['Järfälla']);
    });

    it('lists a whole country without search text, caps other lists, and treats % and _ literally', async () => {
      expect(await search({ country: 'SE' })).toHaveLength(290);
      expect(await search({ country: 'DK' })).toHaveLength(98);
      expect(await search({})).toHaveLength(50);
      expect(await search({ search: 's', limit: 5 })).toHaveLength(5);
      expect(await search({ search: '%' })).toEqual([]);
      expect(await search({ search: '_' })).toEqual([]);
      expect(errorCode(await t.gql(MUNICIPALITIES, { limit: 1000 }, anna.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(MUNICIPALITIES, { search: 'x'.repeat(101) }, anna.token))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('is for signed-in users', async () => {
      expect(errorCode(await t.gql(MUNICIPALITIES, { search: 'jarf' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('creating a network', () => {
    it('makes the creator coordinator, in one transaction with its municipalities', async () => {
      const [solna, sundbyberg] = await municipalityIds(t, anna.token, ['Solna', 'Sundbyberg']);
      const result = await t.gql(
        CREATE_NETWORK,
        {
          input: {
            name: '  Norra nätverket  ',
            description: 'Vi jämför',
            municipalityIds: [sundbyberg, solna],
          },
        },
        anna.token,
      );
      expect(result.errors).toBeUndefined();
      const created = result.data!.createNetwork;
      expect(created).toMatchObject({
        name: 'Norra nätverket',
        description: 'Vi jämför',
        myRoles: ['COORDINATOR'],
      });
      expect(created.municipalities.map((m: { name: string }) => m.name)).toEqual(['Solna', 'Sundbyberg']);

      const read = await t.gql(NETWORK, { id: created.id }, anna.token);
      expect(read.data!.network.members).toEqual([
        expect.objectContaining({
          role: 'COORDINATOR',
          municipality: null,
          user: expect.objectContaining({ id: anna.id }),
        }),
      ]);
      const mine = await t.gql(`{ networks { id name } }`, {}, anna.token);
      expect(mine.data!.networks).toContainEqual({ id: created.id, name: 'Norra nätverket' });

      const [audit] = await t.dataSource.query(
        `SELECT action, actor_id FROM audit_entries WHERE network_id = $1 AND action = 'membership.added'`,
        [created.id],
      );
      expect(audit).toEqual({ action: 'membership.added', actor_id: anna.id });
    });

    it('refuses bad input with a message and writes nothing', async () => {
      const [solna] = await municipalityIds(t, anna.token, ['Solna']);
      const before = await countRows(t, TABLES);
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ name: '' }, 'BAD_USER_INPUT', /Name is required/],
        [{ name: '    ' }, 'BAD_USER_INPUT', /Name is required/],
        [{ name: 'x'.repeat(500) }, 'BAD_USER_INPUT', /at most 200/],
        [{ name: 'ok', description: 'd'.repeat(2001) }, 'BAD_USER_INPUT', /at most 2000/],
        [
          { name: 'ok', municipalityIds: [solna, '00000000-0000-4000-8000-000000000000'] },
          'BAD_USER_INPUT',
          /Unknown municipality/,
        ],
        [{ name: 'ok', municipalityIds: [solna, solna] }, 'BAD_USER_INPUT', /more than once/],
        [{ name: 'ok', municipalityIds: ['not-an-id'] }, 'BAD_USER_INPUT', /not a valid id/],
      ];
      for (const [input, code, message] of cases) {
        const result = await t.gql(CREATE_NETWORK, { input }, anna.token);
        expect({ input, code: errorCode(result) }).toEqual({ input, code });
        expect(result.errors![0].message).toMatch(message);
      }
      expect(await countRows(t, TABLES)).toEqual(before);
    });
  });

  it('reads many networks with members, municipalities and invitations in a fixed number of queries', async () => {
    const busy = await registerUser(t, 'busy');
    const PAGE = `{ networks { id myRoles myMemberships { id } municipalities { name }
      members { role user { email } municipality { name } networkId }
      invitations { email municipality { name } invitedBy { email } } auditLog(limit: 5) { action actor { email } } } }`;
    const queriesFor = async () => {
      const logger = t.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      let queries = 0;
      logger.logQuery = (...args) => {
        queries++;
        return original(...args);
      };
      try {
        const result = await t.gql(PAGE, {}, busy.token);
        expect(result.errors).toBeUndefined();
        return { queries, networks: result.data!.networks.length as number };
      } finally {
        logger.logQuery = original;
      }
    };
    const grow = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const network = await createNetwork(t, `Busy ${i}`, ['Solna', 'Täby'], busy);
        await addMember(t, network, 'HEAD', 'Täby');
        await t.gql(
          `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
          {
            input: {
              networkId: network.id,
              email: `open-${i}@example.se`,
              role: 'EDITOR',
              municipalityId: network.municipalities.Solna,
            },
          },
          busy.token,
        );
      }
    };
    await grow(2);
    const few = await queriesFor();
    await grow(4);
    const many = await queriesFor();
    expect(few.networks).toBe(2);
    expect(many.networks).toBe(6);
    // Three times the networks, not three times the queries (a loader batch may split once under load).
    expect(many.queries).toBeLessThanOrEqual(few.queries + 2);
    expect(many.queries).toBeLessThanOrEqual(14);
  });

  it("reads two networks in one operation (the batched form of the page statement) with each one's own access", async () => {
    const [owner, stranger] = [await registerUser(t, 'two-owner'), await registerUser(t, 'two-stranger')];
    const mine = await createNetwork(t, 'Mitt nätverk', ['Solna'], owner);
    const theirs = await createNetwork(t, 'Deras nätverk', ['Täby', 'Solna'], stranger);
    const BOTH = `query($a: ID!, $b: ID!) {
      a: network(id: $a) { name myRoles municipalities { name } members { role user { email } } }
      b: network(id: $b) { name }
    }`;
    const result = await t.gql(BOTH, { a: mine.id, b: theirs.id }, owner.token);
    expect(result.data!.a).toEqual({
      name: 'Mitt nätverk',
      myRoles: ['COORDINATOR'],
      municipalities: [{ name: 'Solna' }],
      members: [{ role: 'COORDINATOR', user: { email: owner.email } }],
    });
    expect(result.data!.b).toBeNull();
    expect(errorCode(result)).toBe('NOT_FOUND');
    // the same network alone takes the one-key form of the statement, with the same answer
    const alone = await t.gql(
      `query($a: ID!) { network(id: $a) { name myRoles } }`,
      { a: mine.id },
      owner.token,
    );
    expect(alone.data!.network).toEqual({ name: 'Mitt nätverk', myRoles: ['COORDINATOR'] });
  });

  describe('a network with members', () => {
    let net: TestNetwork;
    let headSolna: TestUser & { membershipId: string };
    let editorSolna: TestUser & { membershipId: string };
    let outsider: TestUser;
    const coordinatorMembership = async () => {
      const [row] = await t.dataSource.query(
        `SELECT id FROM memberships WHERE network_id = $1 AND role = 'COORDINATOR' AND user_id = $2`,
        [net.id, net.coordinator.id],
      );
      return row.id as string;
    };

    beforeAll(async () => {
      net = await createNetwork(t, 'Västra', ['Solna', 'Sundbyberg', 'Ekerö']);
      headSolna = await addMember(t, net, 'HEAD', 'Solna');
      editorSolna = await addMember(t, net, 'EDITOR', 'Solna');
      outsider = await registerUser(t, 'outsider');
    });

    it('is visible to members only; non-members learn nothing', async () => {
      const asEditor = await t.gql(NETWORK, { id: net.id }, editorSolna.token);
      expect(asEditor.errors).toBeUndefined();
      expect(asEditor.data!.network.members).toHaveLength(3);
      expect(asEditor.data!.network.myRoles).toEqual(['EDITOR']);
      expect(asEditor.data!.network.myMemberships).toEqual([
        { role: 'EDITOR', municipality: { name: 'Solna' } },
      ]);

      const asOutsider = await t.gql(NETWORK, { id: net.id }, outsider.token);
      expect(errorCode(asOutsider)).toBe('NOT_FOUND');
      expect(asOutsider.data?.network ?? null).toBeNull();
      expect(errorCode(await t.gql(NETWORK, { id: 'nope' }, outsider.token))).toBe('NOT_FOUND');
      expect((await t.gql(`{ networks { id } }`, {}, outsider.token)).data!.networks).toEqual([]);
    });

    it('is renamed and described by its coordinator only', async () => {
      expect(errorCode(await t.gql(UPDATE, { id: net.id, input: { name: 'X' } }, editorSolna.token))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(UPDATE, { id: net.id, input: { name: 'X' } }, outsider.token))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(await t.gql(UPDATE, { id: net.id, input: { name: ' ' } }, net.coordinator.token)),
      ).toBe('BAD_USER_INPUT');
      const updated = await t.gql(
        UPDATE,
        { id: net.id, input: { name: ' Västra nätverket ', description: 'Om oss' } },
        net.coordinator.token,
      );
      expect(updated.data!.updateNetwork).toMatchObject({ name: 'Västra nätverket', description: 'Om oss' });
      const cleared = await t.gql(
        UPDATE,
        { id: net.id, input: { description: null } },
        net.coordinator.token,
      );
      expect(cleared.data!.updateNetwork).toMatchObject({ name: 'Västra nätverket', description: null });

      const events = await roomEvents(net.id);
      expect(events.filter((e) => e.type === 'network.updated').map((e) => e.data.name)).toEqual([
        'Västra nätverket',
        'Västra nätverket',
      ]);
    });

    it('adds municipalities once, by the coordinator', async () => {
      const [sigtuna, solna] = await municipalityIds(t, anna.token, ['Sigtuna', 'Solna']);
      expect(errorCode(await t.gql(ADD_MUNICIPALITY, { n: net.id, m: sigtuna }, headSolna.token))).toBe(
        'FORBIDDEN',
      );
      const duplicate = await t.gql(ADD_MUNICIPALITY, { n: net.id, m: solna }, net.coordinator.token);
      expect(errorCode(duplicate)).toBe('CONFLICT');
      expect(duplicate.errors![0].message).toMatch(/Solna is already part of/);
      expect(
        errorCode(
          await t.gql(
            ADD_MUNICIPALITY,
            { n: net.id, m: '00000000-0000-4000-8000-000000000000' },
            net.coordinator.token,
          ),
        ),
      ).toBe('NOT_FOUND');
      const added = await t.gql(ADD_MUNICIPALITY, { n: net.id, m: sigtuna }, net.coordinator.token);
      expect(
        added.data!.addMunicipalityToNetwork.municipalities.map((m: { name: string }) => m.name),
      ).toContain('Sigtuna');
      net.municipalities.Sigtuna = sigtuna;
      expect((await roomEvents(net.id)).map((e) => e.type)).toContain('municipality.added');
    });

    it('removes a municipality only while it has no answers in an open round; its roles end with it', async () => {
      const sigtunaHead = await addMember(t, net, 'HEAD', 'Sigtuna');
      const [{ id: setId }] = await t.dataSource.query(
        `INSERT INTO indicator_sets (key, year, title, area) VALUES ('oj-test', 2026, 'ÖJ', 'Ekonomiskt bistånd') RETURNING id`,
      );
      const [{ id: roundId }] = await t.dataSource.query(
        `INSERT INTO rounds (network_id, indicator_set_id, title, phase, version) VALUES ($1, $2, 'ÖJ 2026', 'ANSWERING', 1) RETURNING id`,
        [net.id, setId],
      );
      const [{ id: indicatorId }] = await t.dataSource.query(
        `INSERT INTO indicators (indicator_set_id, position, code, text, answer_type) VALUES ($1, 0, 'Q1', 'Fråga', 'YES_NO') RETURNING id`,
        [setId],
      );
      await t.dataSource.query(
        `INSERT INTO answers (round_id, indicator_id, municipality_id, value_boolean, version) VALUES ($1, $2, $3, true, 1)`,
        [roundId, indicatorId, net.municipalities.Sigtuna],
      );
      const before = await countRows(t, TABLES);
      const refused = await t.gql(
        REMOVE_MUNICIPALITY,
        { n: net.id, m: net.municipalities.Sigtuna },
        net.coordinator.token,
      );
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors![0].message).toMatch(
        /answers in the round "ÖJ 2026", which is in progress \(phase ANSWERING\)/,
      );
      expect(await countRows(t, TABLES)).toEqual(before);

      await t.dataSource.query(`UPDATE rounds SET phase = 'CLOSED' WHERE id = $1`, [roundId]);
      expect(
        errorCode(
          await t.gql(REMOVE_MUNICIPALITY, { n: net.id, m: net.municipalities.Sigtuna }, editorSolna.token),
        ),
      ).toBe('FORBIDDEN');
      const removed = await t.gql(
        REMOVE_MUNICIPALITY,
        { n: net.id, m: net.municipalities.Sigtuna },
        net.coordinator.token,
      );
      expect(removed.errors).toBeUndefined();
      expect(
        removed.data!.removeMunicipalityFromNetwork.municipalities.map((m: { name: string }) => m.name),
      ).not.toContain('Sigtuna');
      // The Sigtuna head's only role is gone: the network is no longer theirs to see.
      expect(errorCode(await t.gql(NETWORK, { id: net.id }, sigtunaHead.token))).toBe('NOT_FOUND');
      expect(
        errorCode(
          await t.gql(
            REMOVE_MUNICIPALITY,
            { n: net.id, m: net.municipalities.Sigtuna },
            net.coordinator.token,
          ),
        ),
      ).toBe('NOT_FOUND');
      const types = (await roomEvents(net.id)).map((e) => e.type);
      expect(types.slice(-2)).toEqual(['member.removed', 'municipality.removed']);
    });

    it('changes roles within the rules', async () => {
      const change = (id: string, role: string, m: string | null, token = net.coordinator.token) =>
        t.gql(CHANGE_ROLE, { id, role, m }, token);

      expect(
        errorCode(
          await change(editorSolna.membershipId, 'HEAD', net.municipalities.Solna, editorSolna.token),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await change(editorSolna.membershipId, 'HEAD', null))).toBe('BAD_USER_INPUT');
      expect(errorCode(await change(editorSolna.membershipId, 'COORDINATOR', net.municipalities.Solna))).toBe(
        'BAD_USER_INPUT',
      );
      const [taby] = await municipalityIds(t, anna.token, ['Täby']);
      const foreign = await change(editorSolna.membershipId, 'EDITOR', taby);
      expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
      expect(foreign.errors![0].message).toMatch(/not part of this network/);
      expect(errorCode(await change('00000000-0000-4000-8000-000000000000', 'VIEWER', null))).toBe(
        'NOT_FOUND',
      );

      // The same person cannot hold the same role twice.
      const second = await addMember(t, net, 'VIEWER', null, editorSolna);
      const duplicate = await change(second.membershipId, 'EDITOR', net.municipalities.Solna);
      expect(errorCode(duplicate)).toBe('CONFLICT');
      expect(duplicate.errors![0].message).toMatch(/already holds that role/);

      const moved = await change(editorSolna.membershipId, 'EDITOR', net.municipalities.Sundbyberg);
      expect(moved.data!.changeMemberRole).toMatchObject({
        role: 'EDITOR',
        municipality: { name: 'Sundbyberg' },
      });
      const asEditor = await t.gql(NETWORK, { id: net.id }, editorSolna.token);
      expect(asEditor.data!.network.myRoles).toEqual(['EDITOR', 'VIEWER']);

      const [audit] = await t.dataSource.query(
        `SELECT before, after FROM audit_entries WHERE subject_id = $1 AND action = 'membership.roleChanged'`,
        [editorSolna.membershipId],
      );
      expect(audit.before).toMatchObject({ role: 'EDITOR', municipalityId: net.municipalities.Solna });
      expect(audit.after).toMatchObject({ role: 'EDITOR', municipalityId: net.municipalities.Sundbyberg });
      expect((await roomEvents(net.id)).at(-1)).toMatchObject({
        type: 'member.changed',
        data: { membershipId: editorSolna.membershipId, municipalityId: net.municipalities.Sundbyberg },
      });
    });

    it('always keeps one coordinator', async () => {
      const coordinatorId = await coordinatorMembership();
      const before = await countRows(t, TABLES);
      for (const result of [
        await t.gql(CHANGE_ROLE, { id: coordinatorId, role: 'VIEWER', m: null }, net.coordinator.token),
        await t.gql(REMOVE_MEMBER, { id: coordinatorId }, net.coordinator.token),
        await t.gql(LEAVE, { id: net.id }, net.coordinator.token),
      ]) {
        expect(errorCode(result)).toBe('CONFLICT');
        expect(result.errors![0].message).toMatch(/at least one coordinator/);
        expect(result.errors![0].extensions!.reason).toBe('LAST_COORDINATOR');
      }
      expect(await countRows(t, TABLES)).toEqual(before);
    });

    it('lets two coordinators race to leave: exactly one succeeds', async () => {
      const deputy = await addMember(t, net, 'COORDINATOR');
      const results = await Promise.all([
        t.gql(LEAVE, { id: net.id }, net.coordinator.token),
        t.gql(LEAVE, { id: net.id }, deputy.token),
      ]);
      const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM memberships WHERE network_id = $1 AND role = 'COORDINATOR'`,
        [net.id],
      );
      expect(count).toBe(1);
      // Whoever stayed is the coordinator from now on.
      if (errorCode(results[0]) === undefined) net.coordinator = deputy;
    });

    it('removes members and lets members leave, with an audit trail', async () => {
      const viewer = await addMember(t, net, 'VIEWER', 'Ekerö');
      expect(errorCode(await t.gql(REMOVE_MEMBER, { id: viewer.membershipId }, headSolna.token))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(REMOVE_MEMBER, { id: viewer.membershipId }, outsider.token))).toBe(
        'NOT_FOUND',
      );
      const removed = await t.gql(REMOVE_MEMBER, { id: viewer.membershipId }, net.coordinator.token);
      expect(removed.errors).toBeUndefined();
      expect(removed.data!.removeMember.members.map((m: { id: string }) => m.id)).not.toContain(
        viewer.membershipId,
      );
      expect(errorCode(await t.gql(NETWORK, { id: net.id }, viewer.token))).toBe('NOT_FOUND');

      expect(errorCode(await t.gql(LEAVE, { id: net.id }, outsider.token))).toBe('NOT_FOUND');
      expect((await t.gql(LEAVE, { id: net.id }, headSolna.token)).data).toEqual({ leaveNetwork: true });
      expect(errorCode(await t.gql(NETWORK, { id: net.id }, headSolna.token))).toBe('NOT_FOUND');

      const audit = await t.gql(AUDIT, { id: net.id }, net.coordinator.token);
      expect(audit.errors).toBeUndefined();
      const actions = audit.data!.network.auditLog.map((e: { action: string }) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'membership.left',
          'membership.removed',
          'membership.roleChanged',
          'membership.added',
          'invitation.accepted',
          'network.updated',
          'network.municipalityRemoved',
        ]),
      );
      const left = audit.data!.network.auditLog.find(
        (e: { action: string }) => e.action === 'membership.left',
      );
      expect(JSON.parse(left.before)).toMatchObject({ userId: headSolna.id, role: 'HEAD' });
      expect(left.actor.email).toBe(headSolna.email);
      expect(errorCode(await t.gql(AUDIT, { id: net.id }, editorSolna.token))).toBe('FORBIDDEN');

      // Every event of the room has its own, growing seq.
      const seqs = (await roomEvents(net.id)).map((e) => e.seq);
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
    });
  });
});
