import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countRows, createNetwork } from '../../../test/network-fixtures.js';
import { registerUser, startTestApp, type TestApp } from '../../../test/test-app.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const DATA_FILES = ['data-N17015-page-1.json', 'data-N17015-page-2.json', 'data-N17520-U17007.json'];
const FIELDS = {
  key: 'kolada-missbruk',
  title: 'Kolada: vuxna med missbruk',
  area: 'Missbruk och beroende',
  year: '2025',
};
const TABLES = ['indicator_sets', 'indicators', 'indicator_reference_values'];
const READ_SET = `query($id: ID!) { indicatorSet(id: $id) { key year source indicators {
  code text guidance section answerType unit polarity nationalReference
  referenceValues { value municipality { code name } } } } }`;

interface Files {
  kpi?: { name: string; content: Buffer }[];
  data?: { name: string; content: Buffer }[];
}

describe('catalogue: Kolada import', () => {
  let t: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await createNetwork(t, 'Koladanätverket', ['Solna'])).coordinator.token;
  });
  afterAll(() => t.close());

  async function upload(
    files: Files,
    fields: Record<string, string> = FIELDS,
    token: string | null = coordinator,
  ) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const [field, list] of Object.entries(files))
      for (const file of list as { name: string; content: Buffer }[])
        form.append(field, new Blob([new Uint8Array(file.content)], { type: 'application/json' }), file.name);
    const response = await fetch(`${t.url}/api/catalogue/imports/kolada`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as any };
  }
  const allFiles = (): Files => ({
    kpi: [{ name: 'kpi.json', content: fixture('kpi.json') }],
    data: DATA_FILES.map((name) => ({ name, content: fixture(name) })),
  });

  it('imports KPIs as indicators with the nation as reference and municipalities as comparison figures', async () => {
    const { status, body } = await upload(allFiles());
    expect(status).toBe(201);
    expect(body).toMatchObject({
      key: 'kolada-missbruk',
      year: 2025,
      version: 1,
      indicatorCount: 3,
      // 0180, 0184, 0123 for N17015 (1480 has no value); 0180, 0184, 0123 for N17520 (its 2024 row is
      // another year); 0184 for U17007.
      referenceValueCount: 7,
      unknownMunicipalityCodes: ['9999'],
    });

    const set = (await t.gql(READ_SET, { id: body.id }, coordinator)).data!.indicatorSet;
    expect(set.source).toBe('Kolada');
    expect(set.indicators.map((i: { code: string }) => i.code)).toEqual(['N17015', 'N17520', 'U17007']);
    const [share, cost, rating] = set.indicators;
    expect(share).toMatchObject({
      answerType: 'PERCENT',
      unit: '%',
      polarity: 'NEUTRAL',
      section: 'Vuxna med missbruk',
      nationalReference: 71.4,
    });
    expect(share.guidance).toMatch(/inte kommit tillbaka/);
    const byName = (indicator: { referenceValues: { value: number; municipality: { name: string } }[] }) =>
      Object.fromEntries(indicator.referenceValues.map((v) => [v.municipality.name, v.value]));
    expect(byName(share)).toEqual({ Stockholm: 68.2, Solna: 75, Järfälla: 80.3 });
    expect(cost).toMatchObject({ answerType: 'NUMBER', unit: null, nationalReference: 1012 });
    expect(byName(cost)).toEqual({ Stockholm: 1290, Solna: 870, Järfälla: 905 });
    expect(rating).toMatchObject({ nationalReference: 88, guidance: null });
    expect(byName(rating)).toEqual({ Solna: 91 });

    // Again: the next version, its own comparison figures.
    const again = await upload(allFiles());
    expect(again.body).toMatchObject({ version: 2, referenceValueCount: 7 });
  });

  it('lists every problem of broken Kolada files and imports nothing', async () => {
    const before = await countRows(t, TABLES);
    const broken = Buffer.from(
      JSON.stringify({
        values: [
          { kpi: 'N99999', municipality: '0180', period: 2025, values: [{ gender: 'T', value: 1 }] },
          { kpi: 'N17015', municipality: '180', period: 2025, values: [{ gender: 'T', value: 'hög' }] },
        ],
      }),
    );
    const { status, body } = await upload({
      kpi: [{ name: 'kpi.json', content: fixture('kpi.json') }],
      data: [
        { name: 'fel.json', content: broken },
        { name: 'kuvert.json', content: Buffer.from('{"rows": []}') },
      ],
    });
    expect(status).toBe(400);
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.message).toBe('The Kolada data has 4 problems; nothing was imported');
    expect(body).toMatchObject({ reason: 'IMPORT_PROBLEMS', count: 4 });
    const problem = (
      row: number | null,
      column: string,
      code: string,
      params: Record<string, unknown>,
      message: string,
    ) => ({ row, column, code, params: { column, ...params }, message });
    expect(body.problems).toEqual([
      problem(2, 'fel.json: municipality', 'MUNICIPALITY_CODE', {}, 'municipality must be a 4-digit code'),
      problem(
        2,
        'fel.json: values.0.value',
        'NOT_A_NUMBER',
        { value: 'hög' },
        'value must be a number or null',
      ),
      problem(null, 'kuvert.json: values', 'NOT_A_LIST', {}, 'values must be a list'),
      {
        row: 1,
        column: 'fel.json: kpi',
        code: 'KOLADA_UNKNOWN_KPI',
        params: { kpi: 'N99999' },
        message: 'KPI N99999 is not in the KPI metadata',
      },
    ]);

    const missing = await upload({ data: [{ name: 'd.json', content: fixture(DATA_FILES[2]) }] });
    expect(missing.status).toBe(400);
    expect(missing.body.problems).toEqual([
      {
        row: null,
        column: null,
        code: 'KOLADA_KPI_FILE_MISSING',
        params: {},
        message: 'Add the KPI metadata (/kpi)',
      },
    ]);

    const notJson = await upload({ kpi: [{ name: 'kpi.json', content: Buffer.from('<html>') }] });
    expect(notJson).toMatchObject({
      status: 400,
      body: {
        reason: 'KOLADA_FILE_NOT_JSON',
        file: 'kpi.json',
        message: expect.stringMatching(/kpi.json is not JSON/),
      },
    });

    const noFields = await upload(allFiles(), { key: 'x' });
    expect(noFields.status).toBe(400);
    expect(noFields.body.problems.map((p: { path: string }) => p.path)).toEqual(['title', 'area', 'year']);
    expect(await countRows(t, TABLES)).toEqual(before);
  });

  it('is for coordinators, signed in', async () => {
    expect((await upload(allFiles(), FIELDS, null)).status).toBe(401);
    const outsider = await registerUser(t, 'outsider');
    expect((await upload(allFiles(), FIELDS, outsider.token)).status).toBe(403);
  });

  describe('fetching from the Kolada API', () => {
    let kolada: Server;
    let base: string;
    let fetching: TestApp;
    let token: string;
    const requests: string[] = [];
    beforeAll(async () => {
      // A stand-in for api.kolada.se (outside the product): serves the fixtures, data in two pages.
      kolada = createServer((req, res) => {
        requests.push(req.url!);
        const send = (body: unknown) =>
          res.setHeader('content-type', 'application/json').end(JSON.stringify(body));
        const page = (name: string) => JSON.parse(fixture(name).toString());
        if (req.url!.startsWith('/v3/kpi?id=N17015,N17520,U17007')) return send(page('kpi.json'));
        if (req.url === '/v3/data/kpi/N17015,N17520,U17007/year/2025') {
          const first = page(DATA_FILES[0]);
          first.values.push(...page(DATA_FILES[2]).values);
          return send({ ...first, next_url: `${base}/data/kpi/N17015,N17520,U17007/year/2025?page=2` });
        }
        if (req.url === '/v3/data/kpi/N17015,N17520,U17007/year/2025?page=2')
          return send(page(DATA_FILES[1]));
        res.statusCode = 404;
        res.end('{}');
      });
      await new Promise<void>((resolve) => kolada.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(kolada.address() as AddressInfo).port}/v3`;
      fetching = await startTestApp({ KOLADA_ALLOW_FETCH: 'true', KOLADA_BASE_URL: base });
      token = (await createNetwork(fetching, 'Hämtarna', ['Solna'])).coordinator.token;
    });
    afterAll(async () => {
      await fetching.close();
      await new Promise((resolve) => kolada.close(resolve));
    });

    const fetchKolada = async (app: TestApp, bearer: string, body: unknown) => {
      const response = await fetch(`${app.url}/api/catalogue/imports/kolada/fetch`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    const request = { ...FIELDS, year: 2025, kpis: ['N17015', 'N17520', 'U17007'] };

    it('follows next_url through every page', async () => {
      const { status, body } = await fetchKolada(fetching, token, request);
      expect(status).toBe(201);
      expect(body).toMatchObject({ indicatorCount: 3, referenceValueCount: 7 });
      expect(requests).toContain('/v3/data/kpi/N17015,N17520,U17007/year/2025?page=2');
    });

    it('reports Kolada errors and bad requests as BAD_USER_INPUT', async () => {
      const unknown = await fetchKolada(fetching, token, { ...request, kpis: ['N00001'] });
      expect(unknown).toMatchObject({
        status: 400,
        body: {
          reason: 'KOLADA_ERROR_STATUS',
          status: 404,
          message: expect.stringMatching(/Kolada answered 404/),
        },
      });
      const bad = await fetchKolada(fetching, token, { ...request, kpis: ['drop table'] });
      expect(bad).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    });

    const settings = async (app: TestApp, bearer?: string) => {
      const response = await fetch(`${app.url}/api/catalogue/imports/kolada/settings`, {
        headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
      });
      return { status: response.status, body: (await response.json()) as any };
    };

    it('says whether the server may fetch, to anyone signed in', async () => {
      expect(await settings(fetching, token)).toEqual({ status: 200, body: { fetchAllowed: true } });
      expect(await settings(t, coordinator)).toEqual({ status: 200, body: { fetchAllowed: false } });
      expect((await settings(t)).status).toBe(401);
    });

    it('is refused where the server does not allow fetching', async () => {
      const { status, body } = await fetchKolada(t, coordinator, request);
      expect(status).toBe(403);
      expect(body).toMatchObject({ code: 'FORBIDDEN', reason: 'KOLADA_FETCH_OFF' });
      expect(body.message).toMatch(/KOLADA_ALLOW_FETCH/);
    });
  });
});
