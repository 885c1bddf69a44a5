import {
  CREATE_GROUP,
  DELETE_GROUP,
  GROUPS,
  HISTORY,
  UPDATE_GROUP,
} from '../../test/compilation-fixtures.js';
import { loadNationalDataset, type NationalDataset } from '../../test/national-dataset.js';
import { addMember, createNetwork, type TestNetwork } from '../../test/network-fixtures.js';
import { countStatements } from '../../test/sql-statements.js';
import { errorCode, registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';

describe('comparisons: saved municipality groups and indicator history', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('municipality groups', () => {
    let net: TestNetwork;
    let ids: string[];

    beforeAll(async () => {
      net = await createNetwork(t, 'Jämförelsenätverk', ['Solna', 'Sundbyberg', 'Täby', 'Ekerö']);
      ids = Object.values(net.municipalities);
    });

    const events = async (type: string) =>
      (
        await t.dataSource.query(`SELECT data FROM room_events WHERE room = $1 AND type = $2 ORDER BY seq`, [
          `network:${net.id}`,
          type,
        ])
      ).map((row: { data: unknown }) => row.data);

    it('a coordinator saves, renames, regroups and deletes a group, each audited and announced', async () => {
      const created = await t.gql(
        CREATE_GROUP,
        { input: { networkId: net.id, name: 'Kommuner 20–40 000 inv.', municipalityIds: [ids[0], ids[1]] } },
        net.coordinator.token,
      );
      expect(created.errors).toBeUndefined();
      const group = created.data!.createMunicipalityGroup;
      expect(group.municipalities.map((m: { id: string }) => m.id).sort()).toEqual([ids[0], ids[1]].sort());

      const listed = await t.gql(GROUPS, { id: net.id }, net.coordinator.token);
      expect(listed.data!.network.municipalityGroups).toEqual([group]);

      const renamed = await t.gql(
        UPDATE_GROUP,
        { id: group.id, input: { name: 'Förortskommuner', municipalityIds: [ids[2]] } },
        net.coordinator.token,
      );
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data!.updateMunicipalityGroup).toMatchObject({
        name: 'Förortskommuner',
        municipalities: [{ id: ids[2] }],
      });
      expect(await events('municipalityGroup.saved')).toEqual([
        expect.objectContaining({ groupId: group.id, change: 'CREATED' }),
        {
          groupId: group.id,
          networkId: net.id,
          name: 'Förortskommuner',
          municipalityIds: [ids[2]],
          change: 'UPDATED',
        },
      ]);

      const deleted = await t.gql(DELETE_GROUP, { id: group.id }, net.coordinator.token);
      expect(deleted.data!.deleteMunicipalityGroup).toBe(group.id);
      expect(
        (await t.gql(GROUPS, { id: net.id }, net.coordinator.token)).data!.network.municipalityGroups,
      ).toEqual([]);
      expect(await events('municipalityGroup.deleted')).toEqual([
        { groupId: group.id, networkId: net.id, name: 'Förortskommuner' },
      ]);
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_entries WHERE subject_id = $1 ORDER BY at, action`,
        [group.id],
      );
      expect(audit.map((a: { action: string }) => a.action).sort()).toEqual([
        'municipalityGroup.created',
        'municipalityGroup.deleted',
        'municipalityGroup.updated',
      ]);
      expect(await t.gql(DELETE_GROUP, { id: group.id }, net.coordinator.token).then(errorCode)).toBe(
        'NOT_FOUND',
      );
    });

    it('refuses a taken name, a municipality outside the network, an empty group, and members who do not coordinate', async () => {
      const input = { networkId: net.id, name: 'Storstad', municipalityIds: [ids[0]] };
      expect((await t.gql(CREATE_GROUP, { input }, net.coordinator.token)).errors).toBeUndefined();
      expect(await t.gql(CREATE_GROUP, { input }, net.coordinator.token).then(errorCode)).toBe('CONFLICT');
      const [outside] = (
        await t.dataSource.query(
          `SELECT id FROM municipalities WHERE country = 'SE' AND NOT (id = ANY($1::uuid[])) LIMIT 1`,
          [ids],
        )
      ).map((r: { id: string }) => r.id);
      const bad = await t.gql(
        CREATE_GROUP,
        { input: { ...input, name: 'Utanför', municipalityIds: [ids[1], outside] } },
        net.coordinator.token,
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(
        await t
          .gql(CREATE_GROUP, { input: { ...input, name: 'Tom', municipalityIds: [] } }, net.coordinator.token)
          .then(errorCode),
      ).toBe('BAD_USER_INPUT');
      expect(
        await t
          .gql(CREATE_GROUP, { input: { ...input, name: '\u0007' } }, net.coordinator.token)
          .then(errorCode),
      ).toBe('BAD_USER_INPUT');
      const head = await addMember(t, net, 'HEAD', 'Solna');
      expect(
        await t.gql(CREATE_GROUP, { input: { ...input, name: 'Min' } }, head.token).then(errorCode),
      ).toBe('FORBIDDEN');
      // members read the groups
      const listed = await t.gql(GROUPS, { id: net.id }, head.token);
      expect(listed.data!.network.municipalityGroups.map((g: { name: string }) => g.name)).toEqual([
        'Storstad',
      ]);
    });
  });

  describe('indicatorHistory', () => {
    let data: NationalDataset;
    let coordinator: TestUser;
    let headLate: TestUser;
    let late: string;

    beforeAll(async () => {
      coordinator = await registerUser(t, 'history-coordinator');
      data = await loadNationalDataset(t.dataSource, {
        seed: 11,
        coordinatorId: coordinator.id,
        municipalities: 8,
        questions: 30,
        phase: 'ANSWERING',
      });
      late = data.municipalities[1].id;
      await t.dataSource.query(
        `UPDATE answer_submissions SET status = 'DRAFT', first_submitted_at = NULL WHERE round_id = $1 AND municipality_id = $2`,
        [data.rounds[1].id, late],
      );
      headLate = await registerUser(t, 'history-head');
      await t.dataSource.query(
        `INSERT INTO memberships (network_id, user_id, role, municipality_id) VALUES ($1, $2, 'HEAD', $3)`,
        [data.networkId, headLate.id, late],
      );
    });

    const history = async (as: TestUser, code: string) => {
      const result = await t.gql(HISTORY, { networkId: data.networkId, code }, as.token);
      expect(result.errors).toBeUndefined();
      return result.data!.indicatorHistory as any[];
    };

    it('follows a code across the years with every value, summary and national reference', async () => {
      const code = data.rounds[0].indicators.find((i) => i.answerType === 'PERCENT')!.code;
      const points = await history(coordinator, code);
      expect(points.map((p) => p.year)).toEqual([2025, 2026]);
      for (const [index, point] of points.entries()) {
        const round = data.rounds[index];
        const indicator = round.indicators.find((i) => i.code === code)!;
        expect(point.round.id).toBe(round.id);
        expect(point.indicator.id).toBe(indicator.id);
        expect(point.nationalReference).toBe(indicator.nationalReference);
        const expected = data.municipalities.flatMap((m) => {
          const value = round.answers.get(`${indicator.id}|${m.id}`);
          return value ? [{ id: m.id, number: value.number }] : [];
        });
        expect(
          point.values
            .map((v: any) => ({ id: v.municipality.id, number: v.value.number }))
            .sort((a: any, b: any) => a.id.localeCompare(b.id)),
        ).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
        const numbers = expected.map((v) => v.number!);
        expect(point.summary).toMatchObject({
          answered: expected.length,
          expected: data.municipalities.length,
          min: Math.min(...numbers),
          max: Math.max(...numbers),
        });
        expect(point.summary.mean).toBeCloseTo(numbers.reduce((a, b) => a + b, 0) / numbers.length, 9);
      }
    });

    it('has one point for a code asked only in the later year, none for an unknown code', async () => {
      const newCode = data.rounds[1].indicators.find(
        (i) => !data.rounds[0].indicators.some((o) => o.code === i.code),
      )!;
      expect((await history(coordinator, newCode.code)).map((p) => p.year)).toEqual([2026]);
      expect(await history(coordinator, 'NOPE-1')).toEqual([]);
    });

    it('gives a municipality that has not submitted only its own values in the open round, all in the closed one', async () => {
      const code = data.rounds[0].indicators[0].code;
      const [closed, open] = await history(headLate, code);
      expect(closed.values.length).toBeGreaterThan(1);
      expect(open.values.every((v: any) => v.municipality.id === late)).toBe(true);
      expect(open.summary.answered).toBe(open.values.length);
    });

    it('refuses a bad code and costs the same statements for one year and for two', async () => {
      const bad = await t.gql(HISTORY, { networkId: data.networkId, code: '' }, coordinator.token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      const newCode = data.rounds[1].indicators.at(-1)!.code;
      const one = await countStatements(t.dataSource, () =>
        t.gql(HISTORY, { networkId: data.networkId, code: newCode }, coordinator.token),
      );
      const two = await countStatements(t.dataSource, () =>
        t.gql(
          HISTORY,
          { networkId: data.networkId, code: data.rounds[0].indicators[0].code },
          coordinator.token,
        ),
      );
      expect(one.result.data!.indicatorHistory).toHaveLength(1);
      expect(two.result.data!.indicatorHistory).toHaveLength(2);
      expect(two.statements.length).toBe(one.statements.length);
    });
  });
});
