import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { IMPORT_FILE_REASONS } from '@samrad/domain';
import { countRows, createNetwork } from '../../../test/network-fixtures.js';
import { sampleSet } from '../../../test/round-fixtures.js';
import { registerUser, startTestApp, type TestApp } from '../../../test/test-app.js';
import { MAX_SHEET_ROWS, MAX_UNZIPPED_MB } from './parse-xlsx.js';

const HEADER = [
  'code',
  'text',
  'guidance',
  'section',
  'answerType',
  'options',
  'unit',
  'polarity',
  'nationalReference',
] as const;
type Row = Partial<Record<(typeof HEADER)[number], unknown>>;
type Fields = Record<string, string | number>;
type SampleSet = ReturnType<typeof sampleSet>;

const READ_SET = `query($id: ID!) { indicatorSet(id: $id) {
  key title area year source
  indicators { code text guidance section answerType options unit polarity nationalReference }
} }`;
const TABLES = ['indicator_sets', 'indicators'];

/** What the API gives back for an imported set: every field, defaults filled in. */
const asStored = (set: SampleSet) => ({
  key: set.key,
  title: set.title,
  area: set.area,
  year: set.year,
  source: set.source ?? null,
  indicators: set.indicators.map((indicator: Row) => ({
    code: indicator.code,
    text: indicator.text,
    guidance: indicator.guidance ?? null,
    section: indicator.section ?? null,
    answerType: indicator.answerType,
    options: indicator.options ?? null,
    unit: indicator.unit ?? null,
    polarity: indicator.polarity ?? 'NEUTRAL',
    nationalReference: indicator.nationalReference ?? null,
  })),
});
const metadataOf = ({ key, title, area, year, source }: SampleSet): Fields => ({
  key,
  title,
  area,
  year,
  source,
});

// ---- files as people make them ----

function csv(rows: (Row | null)[], delimiter = ',', decimalComma = false, bom = false): string {
  const quote = (value: unknown) => {
    if (value === undefined || value === null) return '';
    let text = Array.isArray(value) ? value.join('|') : String(value);
    if (typeof value === 'number' && decimalComma) text = text.replace('.', ',');
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    HEADER.join(delimiter),
    ...rows.map((row) => HEADER.map((c) => quote(row?.[c])).join(delimiter)),
  ];
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

async function xlsx(
  rows: (Row | null)[],
  metadata?: Fields,
  cells: Record<string, unknown> = {},
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Indikatorer');
  sheet.getRow(1).values = [...HEADER];
  rows.forEach((row, index) => {
    if (row)
      sheet.getRow(index + 2).values = HEADER.map((c) =>
        Array.isArray(row[c]) ? (row[c] as string[]).join('|') : ((row[c] ?? null) as ExcelJS.CellValue),
      );
  });
  // cells as Excel stores them when people format, link or compute: "B2" → value
  for (const [address, value] of Object.entries(cells))
    sheet.getCell(address).value = value as ExcelJS.CellValue;
  if (metadata) book.addWorksheet('Set').addRows(Object.entries(metadata));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A zip holding one file, stored or deflated, that declares `declaredSize` unpacked bytes. */
function zip(name: string, data: Buffer, deflated = false, declaredSize = data.length): Buffer {
  const fileName = Buffer.from(name);
  const body = deflated ? deflateRawSync(data) : data;
  const method = deflated ? 8 : 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + body.length, 16);
  return Buffer.concat([local, fileName, body, central, fileName, end]);
}

/** ~40 kB that declares 27 kB unpacked and really unpacks to 40 MB (more than the cap). */
function lyingZip(): Buffer {
  return zip(
    'xl/worksheets/sheet1.xml',
    Buffer.alloc((MAX_UNZIPPED_MB + 10) * 1024 * 1024, 'a'),
    true,
    27_000,
  );
}

/** Random bytes that cannot pass for JSON, a zip or an old .xls by chance. */
const garbage = (size: number) => {
  const bytes = randomBytes(size);
  bytes[0] = 0x01;
  return bytes;
};

/** Six rows with five mistakes, and (left to the caller) no title for the set. */
const BROKEN_ROWS: Row[] = [
  { code: 'MB-01', text: 'Finns en rutin?', answerType: 'YES_NO' },
  { code: 'MB-02', text: 'Antal', answerType: 'SIFFRA' },
  { code: 'MB-03', text: 'Hur ofta?', answerType: 'CHOICE' },
  { code: 'MB-01', text: 'Dubblett', answerType: 'YES_NO' },
  { code: 'MB-05', text: 'Antal personer', answerType: 'NUMBER', nationalReference: 'mycket' },
  { code: 'MB-06', answerType: 'TEXT' },
];
const BROKEN_FIELDS: Fields = { key: 'imp-broken', area: 'Missbruk och beroende', year: 2026 };
/** [row, column] of the problems of BROKEN_ROWS when its first indicator is in `first`. */
const brokenProblems = (first: number) => [
  [null, 'title'],
  [first + 1, 'answerType'],
  [first + 2, 'options'],
  [first + 3, 'code'],
  [first + 4, 'nationalReference'],
  [first + 5, 'text'],
];
/** Their codes and params, which the web words in the reader's language. */
const brokenCodes = (first: number) => [
  { code: 'REQUIRED', params: { column: 'title' } },
  {
    code: 'NOT_ONE_OF',
    params: { column: 'answerType', value: 'SIFFRA', allowed: 'YES_NO, CHOICE, NUMBER, PERCENT, TEXT' },
  },
  { code: 'CHOICE_NEEDS_OPTIONS', params: { column: 'options' } },
  { code: 'DUPLICATE_CODE', params: { column: 'code', value: 'MB-01', firstRow: first } },
  { code: 'NOT_A_NUMBER', params: { column: 'nationalReference', value: 'mycket' } },
  { code: 'REQUIRED', params: { column: 'text' } },
];

describe('catalogue: file import (JSON, CSV, Excel)', () => {
  let t: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await createNetwork(t, 'Importnätverket', ['Solna'])).coordinator.token;
  });
  afterAll(() => t.close());

  async function post(
    path: '' | '/preview',
    file: { name: string; bytes: string | Buffer } | null,
    fields: Fields = {},
    token: string | null = coordinator,
  ) {
    const form = new FormData();
    if (file) form.append('file', new Blob([file.bytes]), file.name);
    for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
    const response = await fetch(`${t.url}/api/catalogue/imports${path}`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  async function readBack(id: string) {
    const result = await t.gql(READ_SET, { id }, coordinator);
    expect(result.errors).toBeUndefined();
    return result.data!.indicatorSet;
  }

  /** Imports and reads the set back through GraphQL. */
  async function roundTrip(name: string, bytes: string | Buffer, fields: Fields = {}) {
    const imported = await post('', { name, bytes }, fields);
    expect(imported).toMatchObject({ status: 201, body: { version: 1 } });
    return { imported: imported.body, stored: await readBack(imported.body.id) };
  }

  const problemCells = (body: Record<string, any>) =>
    (body.problems as { row: number | null; column: string | null }[]).map((p) => [p.row, p.column]);

  it('offers an Excel template that imports as it is, without signing in to download it', async () => {
    const response = await fetch(`${t.url}/api/catalogue/imports/template.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.xlsx"/);
    const template = Buffer.from(await response.arrayBuffer());
    const preview = await post('/preview', { name: 'mall.xlsx', bytes: template });
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.set).toMatchObject({ key: 'oj-missbruk', area: 'Missbruk och beroende' });
    expect(preview.body.set.indicators.map((i: { answerType: string }) => i.answerType)).toEqual([
      'YES_NO',
      'CHOICE',
      'NUMBER',
      'PERCENT',
      'TEXT',
    ]);
  });

  describe('round trips', () => {
    it('JSON in the GraphQL input shape', async () => {
      const set = sampleSet(2026, 'imp-json');
      const { imported, stored } = await roundTrip('set.json', JSON.stringify(set));
      expect(imported).toEqual({
        id: expect.any(String),
        key: 'imp-json',
        year: 2026,
        version: 1,
        indicatorCount: 5,
      });
      expect(stored).toEqual(asStored(set));
    });

    it('JSON as a bare list of indicators, the set from the form', async () => {
      const set = sampleSet(2026, 'imp-json-list');
      const { stored } = await roundTrip('frågor.json', JSON.stringify(set.indicators), metadataOf(set));
      expect(stored).toEqual(asStored(set));
    });

    it('CSV with commas and quoted text', async () => {
      const set = sampleSet(2026, 'imp-csv');
      set.indicators[0].text = 'Finns en "skriftlig" rutin för samverkan, med regionen; och kommunen?';
      const { stored } = await roundTrip('set.csv', csv(set.indicators), metadataOf(set));
      expect(stored).toEqual(asStored(set));
    });

    it('CSV as Swedish Excel saves it: semicolons, BOM, decimal comma, Swedish headers', async () => {
      const set = sampleSet(2026, 'imp-csv-sv');
      const text = csv(set.indicators, ';', true, true).replace(
        /^\uFEFF[^\r]*/,
        '\uFEFFKod;Fråga;Vägledning;Avsnitt;Svarstyp;Svarsalternativ;Enhet;Polaritet;Riksvärde',
      );
      expect(text).toContain(';58,5\r\n');
      const { stored } = await roundTrip('set.csv', text, metadataOf(set));
      expect(stored).toEqual(asStored(set));
    });

    it('Excel with a Set sheet, rich text, a formula and a link; form fields override the sheet', async () => {
      const set = sampleSet(2026, 'imp-xlsx');
      const bytes = await xlsx(
        set.indicators,
        { ...metadataOf(set), title: 'Titel i filen' },
        {
          B2: {
            richText: [
              { text: 'Finns en ' },
              { text: 'skriftlig', font: { bold: true } },
              { text: ' rutin för samverkan?' },
            ],
          },
          I5: { formula: '117/2', result: 58.5 },
          C6: { text: 'Några meningar räcker.', hyperlink: 'https://www.socialstyrelsen.se' },
        },
      );
      const { stored } = await roundTrip('set.xlsx', bytes, { title: set.title });
      expect(stored).toEqual(asStored(set));
      expect(stored.indicators[1].options).toEqual(['Alltid', 'Ofta', 'Sällan', 'Aldrig']);
      expect(stored.indicators[3]).toMatchObject({ answerType: 'PERCENT', nationalReference: 58.5 });
    });

    it('the examples in docs/examples import as documented', async () => {
      const example = (name: string) =>
        readFileSync(new URL(`../../../../../docs/examples/${name}`, import.meta.url));
      const json = await roundTrip('indicator-set.json', example('indicator-set.json'));
      const { stored } = await roundTrip('indicator-set.csv', example('indicator-set.csv'), {
        key: 'oj-missbruk-csv',
        title: json.stored.title,
        area: json.stored.area,
        year: json.stored.year,
        source: json.stored.source,
      });
      const guidance = (s: typeof stored) => s.indicators.map((i: { guidance: string | null }) => i.guidance);
      expect({ ...stored, key: 'oj-missbruk', indicators: [] }).toEqual({ ...json.stored, indicators: [] });
      expect(stored.indicators.slice(0, 4)).toEqual(json.stored.indicators.slice(0, 4));
      expect(guidance(stored)[4]).toBe('Några meningar räcker, gärna med exempel.');
    });
  });

  describe('a file with mistakes', () => {
    it.each([
      ['JSON', 'broken.json', async () => JSON.stringify(BROKEN_ROWS), 1],
      ['CSV', 'broken.csv', async () => csv(BROKEN_ROWS, ';'), 2],
      ['Excel', 'broken.xlsx', () => xlsx(BROKEN_ROWS), 2],
    ])('%s: 400 with every problem by row and column, nothing stored', async (_format, name, make, first) => {
      const before = await countRows(t, TABLES);
      const result = await post('', { name, bytes: await make() }, BROKEN_FIELDS);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'IMPORT_PROBLEMS',
        count: 6,
        message: 'The file has 6 problems; nothing was imported',
      });
      expect(problemCells(result.body)).toEqual(brokenProblems(first));
      expect(
        result.body.problems.map(({ code, params }: Record<string, unknown>) => ({ code, params })),
      ).toEqual(brokenCodes(first));
      expect(result.body.problems[3].message).toBe(`Code MB-01 is used twice (also in row ${first})`);
      expect(result.body.problems[4].message).toBe('National reference must be a number, not "mycket"');
      expect(await countRows(t, TABLES)).toEqual(before);
    });

    it('row numbers are the spreadsheet rows, blank rows included', async () => {
      const rows = [BROKEN_ROWS[0], null, ...BROKEN_ROWS.slice(1)];
      const fields = { ...BROKEN_FIELDS, title: 'Med tomrad' };
      for (const [name, bytes] of [
        ['blank.csv', csv(rows)],
        ['blank.xlsx', await xlsx(rows)],
      ] as const) {
        const result = await post('', { name, bytes }, fields);
        expect(problemCells(result.body)).toEqual([
          [4, 'answerType'],
          [5, 'options'],
          [6, 'code'],
          [7, 'nationalReference'],
          [8, 'text'],
        ]);
        expect(result.body.problems[2].message).toBe('Code MB-01 is used twice (also in row 2)');
      }
    });
  });

  describe('preview', () => {
    it('lists the problems and stores nothing', async () => {
      const before = await countRows(t, TABLES);
      const result = await post('/preview', { name: 'broken.csv', bytes: csv(BROKEN_ROWS) }, BROKEN_FIELDS);
      expect(result.status).toBe(200);
      expect(problemCells(result.body)).toEqual(brokenProblems(2));
      expect(result.body.problems.map((p: { code: string }) => p.code)).toEqual(
        brokenCodes(2).map((p) => p.code),
      );
      expect(result.body.set).toMatchObject({ key: 'imp-broken', year: 2026, title: '' });
      expect(result.body.set.indicators).toHaveLength(6);
      expect(await countRows(t, TABLES)).toEqual(before);
    });

    it('shows a valid set as it would be imported, and stores nothing', async () => {
      const before = await countRows(t, TABLES);
      const set = sampleSet(2026, 'imp-preview');
      const result = await post(
        '/preview',
        { name: 'set.xlsx', bytes: await xlsx(set.indicators) },
        metadataOf(set),
      );
      expect(result).toEqual({ status: 200, body: { set: asStored(set), problems: [], changes: null } });
      expect(await countRows(t, TABLES)).toEqual(before);
    });

    it('shows the parsed questions and, for a new year of a known set, what changed', async () => {
      const last = sampleSet(2025, 'imp-years');
      expect((await post('', { name: 'set.json', bytes: JSON.stringify(last) })).status).toBe(201);
      const next = sampleSet(2026, 'imp-years');
      next.indicators = [
        { ...next.indicators[0], text: 'Finns en skriftlig, aktuell rutin för samverkan?' },
        next.indicators[1],
        { ...next.indicators[2], answerType: 'PERCENT', unit: '%' },
        // MB-04 and MB-05 are gone; MB-06 is new.
        { code: 'MB-06', text: 'Erbjuds anhörigstöd?', section: 'Anhöriga', answerType: 'YES_NO' },
      ] as typeof next.indicators;
      // Swedish words for the answer type and polarity, as a Swedish spreadsheet has them.
      const text = csv(next.indicators)
        .replace(',YES_NO,', ',Ja/nej,')
        .replace('HIGHER_IS_BETTER', 'Högre är bättre');
      const result = await post('/preview', { name: 'set.csv', bytes: text }, metadataOf(next));
      expect(result.status).toBe(200);
      expect(result.body.problems).toEqual([]);
      expect(
        result.body.set.indicators.map((i: Record<string, unknown>) => [
          i.code,
          i.answerType,
          i.polarity,
          i.section,
        ]),
      ).toEqual([
        ['MB-01', 'YES_NO', 'HIGHER_IS_BETTER', 'Samverkan'],
        ['MB-02', 'CHOICE', 'NEUTRAL', 'Bedömning'],
        ['MB-03', 'PERCENT', 'NEUTRAL', 'Volym'],
        ['MB-06', 'YES_NO', 'NEUTRAL', 'Anhöriga'],
      ]);
      expect(result.body.changes).toEqual({
        comparedWith: expect.objectContaining({ key: 'imp-years', year: 2025, version: 1 }),
        added: [{ code: 'MB-06', text: 'Erbjuds anhörigstöd?', answerType: 'YES_NO' }],
        removed: [expect.objectContaining({ code: 'MB-04' }), expect.objectContaining({ code: 'MB-05' })],
        reworded: [
          {
            code: 'MB-01',
            before: 'Finns en skriftlig rutin för samverkan?',
            after: 'Finns en skriftlig, aktuell rutin för samverkan?',
          },
        ],
        retyped: [{ code: 'MB-03', before: 'NUMBER', after: 'PERCENT' }],
      });
    });
  });

  describe('files that are not a set: 400 with a clear message, never 500', () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    it.each([
      ['random bytes', 'data.bin', garbage(2000), /Unknown file type/, 'UNKNOWN_FILE_TYPE'],
      [
        'random bytes named .csv',
        'data.csv',
        garbage(2000),
        /header row with the columns|CSV file could not be read/,
        /^(MISSING_COLUMNS|CSV_UNREADABLE)$/,
      ],
      ['an empty file', 'empty.csv', Buffer.alloc(0), /The file is empty/, 'EMPTY_FILE'],
      ['white space only', 'blank.json', ' \n\t ', /The file is empty/, 'EMPTY_FILE'],
      ['broken JSON', 'set.json', '{"key": "x", ', /The file is not valid JSON/, 'INVALID_JSON'],
      ['JSON that is neither set nor list', 'set.json', '[1, 2]', null, 'IMPORT_PROBLEMS'],
      ['a number as JSON', 'set.json', '42', /is not JSON: it must start with/, 'NOT_JSON'],
      ['random bytes named .xlsx', 'set.xlsx', garbage(2000), /is not an Excel workbook/, 'NOT_A_WORKBOOK'],
      [
        'a zip that is not a workbook',
        'set.xlsx',
        zip('readme.txt', Buffer.from('hej')),
        /could not be read as an Excel workbook/,
        'NOT_A_WORKBOOK',
      ],
      [
        'a broken zip',
        'set.xlsx',
        Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(500)]),
        /could not be read as an Excel workbook/,
        'NOT_A_WORKBOOK',
      ],
      [
        'a zip that lies about its unpacked size',
        'set.xlsx',
        lyingZip(),
        /unpacks to more than 30 MB/,
        'WORKBOOK_TOO_LARGE',
      ],
      [
        'an old .xls',
        'set.xls',
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), randomBytes(100)]),
        /\.xls\) cannot be read/,
        'XLS_NOT_SUPPORTED',
      ],
      [
        'a sheet without the required header',
        'set.csv',
        'namn;värde\nx;1\n',
        /missing code, text, answerType/,
        'MISSING_COLUMNS',
      ],
      ['a file over 10 MB', 'big.csv', big, /larger than 10 MB/, 'FILE_TOO_LARGE'],
    ] as const)('%s', async (_what, name, bytes, message, reason) => {
      const before = await countRows(t, TABLES);
      const result = await post('', { name, bytes }, BROKEN_FIELDS);
      expect(result.status).toBe(400);
      expect(result.body.code).toBe('BAD_USER_INPUT');
      if (message) expect(result.body.message).toMatch(message);
      expect(await countRows(t, TABLES)).toEqual(before);
      // The web words every refusal itself (errors.json reasons), in the reader's language.
      expect(result.body.reason).toMatch(reason);
      expect(IMPORT_FILE_REASONS).toContain(result.body.reason);
    });

    it('a workbook over the row limit, read no further than the limit', async () => {
      const rows = Array.from({ length: MAX_SHEET_ROWS }, (_, i) => ({
        code: `R-${i}`,
        text: 'Rad',
        answerType: 'YES_NO',
      }));
      const before = await countRows(t, TABLES);
      const result = await post('', { name: 'long.xlsx', bytes: await xlsx(rows) }, BROKEN_FIELDS);
      expect(result).toMatchObject({
        status: 400,
        body: {
          code: 'BAD_USER_INPUT',
          reason: 'TOO_MANY_ROWS',
          sheet: 'Indikatorer',
          maxRows: MAX_SHEET_ROWS,
          maxIndicators: 2000,
          message: `The worksheet "Indikatorer" has more than ${MAX_SHEET_ROWS} rows: a set may have at most 2000 indicators`,
        },
      });
      expect(await countRows(t, TABLES)).toEqual(before);
    });

    it('no file at all', async () => {
      const result = await post('', null, BROKEN_FIELDS);
      expect(result).toMatchObject({
        status: 400,
        body: {
          code: 'BAD_USER_INPUT',
          reason: 'FILE_MISSING',
          message: expect.stringMatching(/Attach the file/),
        },
      });
    });

    it('a file over 10 MB on preview too', async () => {
      const result = await post('/preview', { name: 'big.csv', bytes: big });
      expect(result).toMatchObject({
        status: 400,
        body: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', maxMb: 10 },
      });
    });
  });

  describe('who may import', () => {
    const file = () => ({ name: 'set.json', bytes: JSON.stringify(sampleSet(2026, 'imp-who')) });
    it('without sign-in: 401', async () => {
      for (const path of ['', '/preview'] as const)
        expect(await post(path, file(), {}, null)).toMatchObject({
          status: 401,
          body: { code: 'UNAUTHENTICATED' },
        });
    });
    it('a user who coordinates no network: 403', async () => {
      const someone = await registerUser(t, 'not-a-coordinator');
      for (const path of ['', '/preview'] as const)
        expect(await post(path, file(), {}, someone.token)).toMatchObject({
          status: 403,
          body: { code: 'FORBIDDEN' },
        });
    });
  });
});
