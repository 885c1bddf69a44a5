import { readFileSync } from 'node:fs';
import { addMember, countRows, createNetwork, type TestNetwork } from '../../test/network-fixtures.js';
import { CREATE_ROUND, sampleSet } from '../../test/round-fixtures.js';
import { errorCode, registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';

const OPERATOR_EMAIL = 'operator@drift.samrad.se';
const IMPORT = `mutation($input: ImportIndicatorSetInput!) { importIndicatorSet(input: $input) {
  id key year version ownerNetwork { id name } } }`;
const SETS = `{ indicatorSets { id key version ownerNetwork { id } } }`;
const SET = `query($id: ID!) { indicatorSet(id: $id) { id key ownerNetwork { id } indicators { code } } }`;
const TABLES = ['indicator_sets', 'indicators', 'indicator_reference_values', 'rounds'];
const kolada = (name: string) => readFileSync(new URL(`./kolada/fixtures/${name}`, import.meta.url));

/**
 * Who owns an indicator set (issue 10, item 2): a network's imports are its own, national sets
 * come from operators of the installation only.
 */
describe('catalogue: who owns an indicator set', () => {
  let t: TestApp;
  let A: TestNetwork;
  let B: TestNetwork;
  let viewerA: TestUser;
  let headA: TestUser;
  let stranger: TestUser;
  let operator: TestUser;
  /** A's own set and a national one. */
  let ownOfA: { id: string; key: string };
  let national: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ OPERATOR_EMAILS: `other@drift.samrad.se, ${OPERATOR_EMAIL.toUpperCase()}` });
    A = await createNetwork(t, 'Ägarnätverk A', ['Solna']);
    B = await createNetwork(t, 'Ägarnätverk B', ['Täby']);
    viewerA = await addMember(t, A, 'VIEWER');
    headA = await addMember(t, A, 'HEAD', 'Solna');
    stranger = await registerUser(t, 'stranger');
    const registered = await t.gql(
      `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
      { input: { email: OPERATOR_EMAIL, password: 'correct horse battery', displayName: 'Drift' } },
    );
    operator = {
      id: registered.data!.register.user.id,
      email: OPERATOR_EMAIL,
      token: registered.data!.register.accessToken,
      refreshToken: '',
    };
    const own = await t.gql(IMPORT, { input: sampleSet(2026, 'eget-a') }, A.coordinator.token);
    expect(own.errors).toBeUndefined();
    ownOfA = own.data!.importIndicatorSet;
    const published = await t.gql(IMPORT, { input: sampleSet(2026, 'oj-nationell') }, operator.token);
    expect(published.errors).toBeUndefined();
    national = published.data!.importIndicatorSet;
  }, 60_000);
  afterAll(() => t.close());

  it('a coordinator of one network imports into it, without naming it', () => {
    expect(ownOfA).toMatchObject({ version: 1, ownerNetwork: { id: A.id, name: A.name } });
  });

  it("A's members see A's own set and the national one; nobody else sees A's", async () => {
    for (const member of [A.coordinator, viewerA]) {
      const sets = (await t.gql(SETS, {}, member.token)).data!.indicatorSets.map((s: { id: string }) => s.id);
      expect(sets).toEqual(expect.arrayContaining([ownOfA.id, national.id]));
      const read = await t.gql(SET, { id: ownOfA.id }, member.token);
      expect(read.data!.indicatorSet).toMatchObject({
        ownerNetwork: { id: A.id },
        indicators: expect.any(Array),
      });
    }
    for (const outsider of [B.coordinator, stranger, operator]) {
      const sets = (await t.gql(SETS, {}, outsider.token)).data!.indicatorSets.map(
        (s: { id: string }) => s.id,
      );
      expect(sets).toContain(national.id);
      expect(sets).not.toContain(ownOfA.id);
      const read = await t.gql(SET, { id: ownOfA.id }, outsider.token);
      expect({ code: errorCode(read), data: read.data?.indicatorSet ?? null }).toEqual({
        code: 'NOT_FOUND',
        data: null,
      });
      expect(JSON.stringify(read)).not.toContain('eget-a');
    }
  });

  it('an operator publishes a national set that every signed-in user reads', async () => {
    expect(national).toMatchObject({ version: 1, ownerNetwork: null });
    const read = await t.gql(SET, { id: national.id }, stranger.token);
    expect(read.data!.indicatorSet).toMatchObject({ id: national.id, ownerNetwork: null });
  });

  it('a coordinator cannot publish a national set: the import stays in the network', async () => {
    // The same key and year as the national set: A's own version 1, the national set untouched.
    const copy = await t.gql(IMPORT, { input: sampleSet(2026, 'oj-nationell') }, A.coordinator.token);
    expect(copy.data!.importIndicatorSet).toMatchObject({ version: 1, ownerNetwork: { id: A.id } });
    const sets = (await t.gql(SETS, {}, B.coordinator.token)).data!.indicatorSets;
    expect(sets.filter((s: { key: string }) => s.key === 'oj-nationell')).toEqual([
      { id: national.id, key: 'oj-nationell', version: 1, ownerNetwork: null },
    ]);
    const none = await registerUser(t, 'no-network');
    const refused = await t.gql(IMPORT, { input: sampleSet(2026, 'oj-nationell') }, none.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('counts versions per owner, key and year', async () => {
    const again = async (token: string, networkId?: string) =>
      (await t.gql(IMPORT, { input: { ...sampleSet(2026, 'oj-nationell'), networkId } }, token)).data!
        .importIndicatorSet.version;
    expect(await again(operator.token)).toBe(2);
    expect(await again(B.coordinator.token)).toBe(1);
    expect(await again(A.coordinator.token, A.id)).toBe(2);
  });

  it('rounds use a national set or their own network’s, never another network’s', async () => {
    const open = (token: string, networkId: string, indicatorSetId: string) =>
      t.gql(CREATE_ROUND, { input: { networkId, indicatorSetId, title: 'Omgång' } }, token);
    const before = await countRows(t, TABLES);
    const foreign = await open(B.coordinator.token, B.id, ownOfA.id);
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].extensions!.problems).toEqual([
      { path: 'indicatorSetId', message: 'Unknown indicator set' },
    ]);
    expect(JSON.stringify(foreign)).not.toContain('eget-a');
    expect(await countRows(t, TABLES)).toEqual(before);
    expect((await open(A.coordinator.token, A.id, ownOfA.id)).errors).toBeUndefined();
    expect((await open(B.coordinator.token, B.id, national.id)).errors).toBeUndefined();
  });

  describe('naming the owning network', () => {
    let both: TestUser;
    let C: TestNetwork;
    beforeAll(async () => {
      both = await registerUser(t, 'coordinates-two');
      await createNetwork(t, 'Ägarnätverk C1', ['Solna'], both);
      C = await createNetwork(t, 'Ägarnätverk C2', ['Täby'], both);
    });

    it('a coordinator of several networks must name one', async () => {
      const before = await countRows(t, TABLES);
      const result = await t.gql(IMPORT, { input: sampleSet(2026, 'c-eget') }, both.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.problems).toEqual([
        expect.objectContaining({ path: 'networkId' }),
      ]);
      expect(await countRows(t, TABLES)).toEqual(before);
      const named = await t.gql(
        IMPORT,
        { input: { ...sampleSet(2026, 'c-eget'), networkId: C.id } },
        both.token,
      );
      expect(named.data!.importIndicatorSet.ownerNetwork).toEqual({ id: C.id, name: C.name });
    });

    it('another network is NOT_FOUND, a member without the role FORBIDDEN, a bad id BAD_USER_INPUT', async () => {
      const before = await countRows(t, TABLES);
      const into = (token: string, networkId: string) =>
        t.gql(IMPORT, { input: { ...sampleSet(2026, 'intrang'), networkId } }, token);
      expect(errorCode(await into(B.coordinator.token, A.id))).toBe('NOT_FOUND');
      expect(errorCode(await into(operator.token, A.id))).toBe('NOT_FOUND');
      expect(errorCode(await into(headA.token, A.id))).toBe('FORBIDDEN');
      expect(errorCode(await into(A.coordinator.token, 'nope'))).toBe('BAD_USER_INPUT');
      expect(await countRows(t, TABLES)).toEqual(before);
    });
  });

  describe('the import endpoints', () => {
    const post = async (path: string, token: string, form: FormData) => {
      const response = await fetch(`${t.url}/api/catalogue/imports${path}`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    const fileForm = (fields: Record<string, string>, key = 'fil-eget') => {
      const form = new FormData();
      form.append('file', new Blob([JSON.stringify(sampleSet(2026, key))]), 'set.json');
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      return form;
    };

    it("file import and preview: into the named network, never into another's", async () => {
      const before = await countRows(t, TABLES);
      for (const path of ['', '/preview']) {
        expect((await post(path, B.coordinator.token, fileForm({ networkId: A.id }))).status).toBe(404);
        expect((await post(path, headA.token, fileForm({ networkId: A.id }))).status).toBe(403);
      }
      expect(await countRows(t, TABLES)).toEqual(before);
      const imported = await post('', A.coordinator.token, fileForm({ networkId: A.id }));
      expect(imported.status).toBe(201);
      const read = await t.gql(SET, { id: imported.body.id }, viewerA.token);
      expect(read.data!.indicatorSet.ownerNetwork).toEqual({ id: A.id });
      expect(errorCode(await t.gql(SET, { id: imported.body.id }, B.coordinator.token))).toBe('NOT_FOUND');
    });

    it("a preview compares with the owner's own or a national set, never another network's", async () => {
      // A has its own 'eget-a' 2026; B previewing the same key sees a new set, not A's questions.
      const preview = await post('/preview', B.coordinator.token, fileForm({}, 'eget-a'));
      expect(preview.status).toBe(200);
      expect(preview.body.changes).toBeNull();
      const ofA = await post('/preview', A.coordinator.token, fileForm({}, 'eget-a'));
      expect(ofA.body.changes.comparedWith).toMatchObject({ id: ownOfA.id });
    });

    it('Kolada upload and fetch: never into another network', async () => {
      const before = await countRows(t, TABLES);
      const fields = { key: 'kolada-x', title: 'Kolada', area: 'Missbruk', year: '2025', networkId: A.id };
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('kpi', new Blob([new Uint8Array(kolada('kpi.json'))]), 'kpi.json');
      for (const name of ['data-N17015-page-1.json', 'data-N17015-page-2.json', 'data-N17520-U17007.json'])
        form.append('data', new Blob([new Uint8Array(kolada(name))]), name);
      expect((await post('/kolada', B.coordinator.token, form)).status).toBe(404);
      expect((await post('/kolada', headA.token, form)).status).toBe(403);
      const fetched = await fetch(`${t.url}/api/catalogue/imports/kolada/fetch`, {
        method: 'POST',
        body: JSON.stringify({ ...fields, year: 2025, kpis: ['N17520'] }),
        headers: { authorization: `Bearer ${B.coordinator.token}`, 'content-type': 'application/json' },
      });
      expect(fetched.status).toBe(404);
      expect(await countRows(t, TABLES)).toEqual(before);
      const own = await post('/kolada', A.coordinator.token, form);
      expect(own.status).toBe(201);
      const read = await t.gql(SET, { id: own.body.id }, viewerA.token);
      expect(read.data!.indicatorSet.ownerNetwork).toEqual({ id: A.id });
    });
  });
});
