import { addMember, createNetwork, type TestNetwork } from '../../test/network-fixtures.js';
import { IMPORT_SET, sampleSet } from '../../test/round-fixtures.js';
import { errorCode, registerUser, startTestApp, type TestApp } from '../../test/test-app.js';

const SETS = `{ indicatorSets { id key year version title indicators { code answerType options polarity nationalReference section guidance unit } } }`;

describe('catalogue: importIndicatorSet', () => {
  let t: TestApp;
  let network: TestNetwork;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Katalognätverket', ['Solna']);
    coordinator = network.coordinator.token;
  });
  afterAll(() => t.close());

  it("imports a set with every answer type, in order, readable by the network's members", async () => {
    const imported = await t.gql(IMPORT_SET, { input: sampleSet(2025, 'oj-roundtrip') }, coordinator);
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importIndicatorSet).toMatchObject({ key: 'oj-roundtrip', year: 2025, version: 1 });

    const reader = await addMember(t, network, 'VIEWER');
    const sets = (await t.gql(SETS, {}, reader.token)).data!.indicatorSets;
    const set = sets.find((s: { key: string }) => s.key === 'oj-roundtrip');
    expect(set.indicators.map((i: { code: string }) => i.code)).toEqual([
      'MB-01',
      'MB-02',
      'MB-03',
      'MB-04',
      'MB-05',
    ]);
    expect(set.indicators[1]).toMatchObject({
      answerType: 'CHOICE',
      options: ['Alltid', 'Ofta', 'Sällan', 'Aldrig'],
      polarity: 'NEUTRAL',
    });
    expect(set.indicators[3]).toMatchObject({
      answerType: 'PERCENT',
      nationalReference: 58.5,
      unit: '%',
      polarity: 'HIGHER_IS_BETTER',
    });
  });

  it('makes a new version for the same key and year; the old one stays as it was', async () => {
    const first = (await t.gql(IMPORT_SET, { input: sampleSet(2024, 'oj-versions') }, coordinator)).data!
      .importIndicatorSet;
    const changed = sampleSet(2024, 'oj-versions');
    changed.indicators[0].text = 'Ändrad fråga';
    const second = (await t.gql(IMPORT_SET, { input: changed }, coordinator)).data!.importIndicatorSet;
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(second.id).not.toBe(first.id);
    const [{ text }] = await t.dataSource.query(
      `SELECT text FROM indicators WHERE indicator_set_id = $1 AND code = 'MB-01'`,
      [first.id],
    );
    expect(text).toBe('Finns en skriftlig rutin för samverkan?');
  });

  it('concurrent imports of the same key and year get distinct versions', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => t.gql(IMPORT_SET, { input: sampleSet(2023, 'oj-race') }, coordinator)),
    );
    expect(results.map((r) => r.data!.importIndicatorSet.version).sort()).toEqual([1, 2, 3]);
  });

  it('refuses a bad set with every problem (row and field) and imports nothing', async () => {
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM indicator_sets) s, (SELECT count(*) FROM indicators) i`,
    );
    const bad = sampleSet(2026, 'oj-bad');
    bad.indicators[0].text = '';
    bad.indicators[1].options = ['Bara en'];
    bad.indicators[2].code = 'MB-01';
    (bad.indicators[3] as { nationalReference: number }).nationalReference = 140;
    const result = await t.gql(IMPORT_SET, { input: bad }, coordinator);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const paths = (result.errors![0].extensions!.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'indicators.0.text',
        'indicators.1.options',
        'indicators.2.code',
        'indicators.3.nationalReference',
      ]),
    );
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM indicator_sets) s, (SELECT count(*) FROM indicators) i`,
    );
    expect(after).toEqual(before);
  });

  it('only coordinators import', async () => {
    const someone = await registerUser(t, 'not-a-coordinator');
    expect(errorCode(await t.gql(IMPORT_SET, { input: sampleSet(2026, 'oj-nope') }, someone.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('an unknown or malformed set id is NOT_FOUND', async () => {
    const user = await registerUser(t, 'finder');
    const query = `query($id: ID!) { indicatorSet(id: $id) { id } }`;
    expect(errorCode(await t.gql(query, { id: '00000000-0000-4000-8000-000000000000' }, user.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(query, { id: 'nope' }, user.token))).toBe('NOT_FOUND');
  });
});
