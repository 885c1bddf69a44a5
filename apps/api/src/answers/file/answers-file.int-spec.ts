import ExcelJS from 'exceljs';
import {
  ANSWERS,
  APPROVE,
  GRANT_LATE,
  openAnswering,
  REOPEN,
  SAVE,
  SUBMIT,
} from '../../../test/answer-fixtures.js';
import { ok } from '../../../test/interpretation-fixtures.js';
import {
  addMember,
  countRows,
  createNetwork,
  type TestMember,
  type TestNetwork,
  peerNetwork,
} from '../../../test/network-fixtures.js';
import { createRound, SET_PHASE } from '../../../test/round-fixtures.js';
import { errorCode, startTestApp, type TestApp, type TestUser } from '../../../test/test-app.js';

type Body = Record<string, any>;
const TABLES = ['answers', 'answer_history', 'audit_entries', 'room_events'];

/** A CSV as Swedish Excel saves it: BOM, `;`, CRLF; cells quoted where needed. */
function csv(rows: (string | number | null)[][], delimiter = ';'): string {
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(quote).join(delimiter)).join('\r\n')}\r\n`;
}

async function xlsx(rows: (string | number | boolean | null)[][], sheetName = 'Svar'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Instruktioner').addRow(['Fyll i fliken Svar']);
  const sheet = book.addWorksheet(sheetName);
  rows.forEach((row, index) => {
    if (row.length) sheet.getRow(index + 1).values = row;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function readXlsx(bytes: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('answers: import from CSV and Excel, export in the same format', () => {
  let t: TestApp;
  let net: TestNetwork;
  let headSolna: TestMember;
  let editorSolna: TestMember;
  let editorSundbyberg: TestMember;
  let headTaby: TestMember;
  let viewer: TestMember;
  let outsider: TestUser;
  let round: Awaited<ReturnType<typeof createRound>>;
  let solna: string;
  let sundbyberg: string;
  let taby: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ net, solna, sundbyberg, taby, headSolna, editorSolna, editorSundbyberg, headTaby, viewer } =
      await peerNetwork(t, 'Filsvarsnätverket'));
    // another tenant: coordinates a network of its own, with Solna in it too
    outsider = (await createNetwork(t, 'Annat nätverk', ['Solna'])).coordinator;
    round = await createRound(t, net.coordinator.token, net.id, 2026);
  });
  afterAll(() => t.close());

  const base = () => `${t.url}/api/rounds/${round.roundId}/answers`;

  async function post(
    path: 'imports' | 'imports/preview',
    file: { name: string; bytes: string | Buffer } | null,
    municipalityId: string,
    as: { token: string } | null,
    roundId = round.roundId,
  ): Promise<{ status: number; body: Body }> {
    const form = new FormData();
    if (file) form.append('file', new Blob([file.bytes]), file.name);
    form.append('municipalityId', municipalityId);
    const response = await fetch(`${t.url}/api/rounds/${roundId}/answers/${path}`, {
      method: 'POST',
      body: form,
      headers: as ? { authorization: `Bearer ${as.token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as Body };
  }

  async function exported(
    municipalityId: string,
    as: { token: string } | null,
    format = 'csv',
    lang?: string,
  ): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
    const query = new URLSearchParams({ municipalityId, format, ...(lang ? { lang } : {}) });
    const response = await fetch(`${base()}/export?${query}`, {
      headers: as ? { authorization: `Bearer ${as.token}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  /** The answers `as` sees of one municipality, by code. */
  async function answersOf(
    municipalityId: string,
    as: { token: string } = net.coordinator,
  ): Promise<Record<string, Body>> {
    const data = await ok(t, ANSWERS, { id: round.roundId, municipalityId }, as.token);
    return Object.fromEntries(
      (data.round.answers as Body[]).map((a) => [
        a.indicator.code,
        { value: a.value, comment: a.comment, version: a.version, history: a.history },
      ]),
    );
  }
  const valuesOf = async (municipalityId: string) =>
    Object.fromEntries(
      Object.entries(await answersOf(municipalityId)).map(([code, a]) => [
        code,
        { value: a.value, comment: a.comment },
      ]),
    );

  const GOOD = csv([
    ['Kod', 'Fråga', 'Svar', 'Kommentar'],
    ['MB-01', 'Finns en skriftlig rutin för samverkan?', 'Ja', 'Enligt rutin; se "bilaga 2"'],
    ['MB-02', 'Används ASI vid utredning?', 'ofta', null],
    ['MB-03', 'Antal personer med insats', '1 234', 'Räknat\npå två rader'],
    ['MB-04', 'Andel med uppföljning', '61,5', null],
    ['MB-05', 'Beskriv arbetet', '=HYPERLINK("http://x.example","klicka")', null],
  ]);

  describe('who may import', () => {
    it('nobody while the round is not in ANSWERING: PHASE_CLOSED, for the preview too', async () => {
      for (const path of ['imports', 'imports/preview'] as const) {
        const result = await post(path, { name: 'svar.csv', bytes: GOOD }, solna, editorSolna);
        expect([result.status, result.body.code]).toEqual([409, 'PHASE_CLOSED']);
      }
      await openAnswering(t, round.roundId, net.coordinator.token);
    });

    it('the municipality’s head and editors only; outsiders learn nothing; anonymous is 401', async () => {
      const cases: [TestUser | null, number, string][] = [
        [null, 401, 'UNAUTHENTICATED'],
        [viewer, 403, 'FORBIDDEN'],
        [editorSundbyberg, 403, 'FORBIDDEN'],
        [net.coordinator, 403, 'FORBIDDEN'],
        [outsider, 404, 'NOT_FOUND'],
      ];
      const before = await countRows(t, TABLES);
      for (const [who, status, code] of cases)
        for (const path of ['imports', 'imports/preview'] as const) {
          const result = await post(path, { name: 'svar.csv', bytes: GOOD }, solna, who);
          expect([path, result.status, result.body.code]).toEqual([path, status, code]);
        }
      expect(await countRows(t, TABLES)).toEqual(before);
    });

    it('refuses a municipality outside the round’s network, and a round that does not exist', async () => {
      const stranger = (await createNetwork(t, 'Tredje nätverket', ['Uppsala'])).municipalities.Uppsala;
      const other = await post('imports', { name: 'svar.csv', bytes: GOOD }, stranger, editorSolna);
      expect([other.status, other.body.code]).toEqual([404, 'NOT_FOUND']);
      const missing = await post(
        'imports',
        { name: 'svar.csv', bytes: GOOD },
        solna,
        editorSolna,
        '00000000-0000-4000-8000-000000000000',
      );
      expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
      const bad = await post('imports', { name: 'svar.csv', bytes: GOOD }, 'solna', editorSolna);
      expect([bad.status, bad.body.code]).toEqual([400, 'BAD_USER_INPUT']);
    });
  });

  describe('a file with mistakes', () => {
    const BROKEN: (string | number | null)[][] = [
      ['Code', 'Value', 'Comment'], // 1
      ['MB-01', 'kanske', null], // 2: not yes/no
      ['MB-02', 'Ibland', null], // 3: not an option
      [], // 4: blank, still counted
      ['MB-03', 'tolv', null], // 5: not a number
      ['MB-04', '100,5', null], // 6: percent out of range
      ['XX-99', 'ja', null], // 7: unknown code
      ['MB-01', 'ja', null], // 8: repeated code
      [null, '12', 'utan kod'], // 9: no code
      ['MB-05', null, 'Bara en kommentar'], // 10: comment without value
      ['MB-03', '42', 'x'.repeat(2001)], // 11: repeated code and a comment too long
    ];
    const EXPECTED = [
      [2, 'value', 'NOT_YES_NO', { value: 'kanske' }],
      [3, 'value', 'NOT_AN_OPTION', { value: 'Ibland', options: 'Alltid, Ofta, Sällan, Aldrig' }],
      [5, 'value', 'NOT_A_NUMBER', { value: 'tolv' }],
      [6, 'value', 'PERCENT_RANGE', { value: 100.5 }],
      [7, 'code', 'UNKNOWN_CODE', { code: 'XX-99' }],
      [8, 'code', 'DUPLICATE_CODE', { column: 'code', value: 'MB-01', firstRow: 2 }],
      [9, 'code', 'CODE_MISSING', {}],
      [10, 'value', 'VALUE_MISSING', { code: 'MB-05' }],
      [11, 'code', 'DUPLICATE_CODE', { column: 'code', value: 'MB-03', firstRow: 5 }],
      [11, 'comment', 'COMMENT_TOO_LONG', { max: 2000 }],
    ];
    const cells = (body: Body) => (body.problems as Body[]).map((p) => [p.row, p.column, p.code, p.params]);

    it.each([
      ['CSV with commas', 'fel.csv', async () => csv(BROKEN, ',')],
      ['CSV with tabs', 'fel.txt', async () => csv(BROKEN, '\t')],
      ['Excel', 'fel.xlsx', () => xlsx(BROKEN)],
    ])(
      '%s: the preview lists every bad row as Excel numbers it; the import saves nothing',
      async (_, name, make) => {
        const bytes = await make();
        const before = await countRows(t, TABLES);
        const preview = await post('imports/preview', { name, bytes }, solna, editorSolna);
        // with the body: a refusal says which
        expect({ status: preview.status, body: preview.body }).toMatchObject({ status: 200 });
        expect(cells(preview.body)).toEqual(EXPECTED);
        expect(preview.body.problems[0].message).toBe('Answer yes or no (ja/nej), not "kanske"');
        expect(preview.body.rows).toBe(9);

        const imported = await post('imports', { name, bytes }, solna, editorSolna);
        expect(imported.status).toBe(400);
        expect(imported.body).toMatchObject({
          code: 'BAD_USER_INPUT',
          message: 'The file has 10 problems; nothing was imported',
        });
        expect(cells(imported.body)).toEqual(EXPECTED);
        expect(await countRows(t, TABLES)).toEqual(before);
      },
    );

    it('one bad row among good ones still saves nothing', async () => {
      const bytes = csv([
        ['kode', 'værdi', 'bemærkning'],
        ['MB-01', 'nej', null],
        ['MB-03', '12', null],
        ['MB-04', 'mange', null],
      ]);
      const before = await countRows(t, TABLES);
      const result = await post('imports', { name: 'svar.csv', bytes }, solna, editorSolna);
      expect(result.status).toBe(400);
      expect(cells(result.body)).toEqual([[4, 'value', 'NOT_A_NUMBER', { value: 'mange' }]]);
      expect(await countRows(t, TABLES)).toEqual(before);
    });

    it.each([
      ['a file without the header row', 'svar.csv', 'MB-01;ja\r\nMB-02;Ofta\r\n', /header row/],
      ['a JSON file', 'svar.json', '[{"code":"MB-01"}]', /CSV \(\.csv\) or Excel/],
      ['a header only', 'svar.csv', 'Kod;Svar\r\n', /no answers/],
      ['only blank values', 'svar.csv', 'Kod;Svar\r\nMB-01;\r\n', /no answers/],
    ])('refuses %s with one sentence', async (_, name, bytes, message) => {
      const result = await post('imports', { name, bytes }, solna, editorSolna);
      expect([result.status, result.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(JSON.stringify(result.body)).toMatch(message);
    });
  });

  describe('import and round trip', () => {
    it('a Swedish CSV: BOM, `;`, decimal comma, ja/nej, options in any case, quoted lines', async () => {
      const preview = await post('imports/preview', { name: 'svar.csv', bytes: GOOD }, solna, editorSolna);
      expect(preview.body).toEqual({
        rows: 5,
        problems: [],
        answers: 5,
        created: 5,
        replaced: 0,
        unchanged: 0,
        skipped: 0,
      });
      const result = await post('imports', { name: 'svar.csv', bytes: GOOD }, solna, editorSolna);
      expect(result).toEqual({
        status: 201,
        body: { answers: 5, created: 5, replaced: 0, unchanged: 0, skipped: 0 },
      });
      const stored = await answersOf(solna);
      expect(stored['MB-01']).toMatchObject({
        value: { boolean: true, number: null, text: null, choice: null },
        comment: 'Enligt rutin; se "bilaga 2"',
        version: 1,
      });
      expect(stored['MB-02'].value.choice).toBe('Ofta');
      expect(stored['MB-03']).toMatchObject({ value: { number: 1234 }, comment: 'Räknat\npå två rader' });
      expect(stored['MB-04'].value.number).toBe(61.5);
      expect(stored['MB-05'].value.text).toBe('=HYPERLINK("http://x.example","klicka")');
      expect(stored['MB-01'].history).toEqual([
        expect.objectContaining({
          kind: 'IMPORTED',
          version: 1,
          oldValue: null,
          newValue: { boolean: true, number: null, text: null, choice: null },
          newStatus: 'DRAFT',
          actor: { id: editorSolna.id },
        }),
      ]);
      const [audit] = await t.dataSource.query(
        `SELECT action, after FROM audit_entries WHERE action = 'answers.imported'`,
      );
      expect(audit.after).toMatchObject({ municipalityId: solna, file: 'svar.csv', created: 5 });
      const [event] = await t.dataSource.query(
        `SELECT type, data, restricted FROM room_events WHERE type = 'answers.imported'`,
      );
      expect(event.data).toEqual({
        roundId: round.roundId,
        municipalityId: solna,
        created: 5,
        replaced: 0,
        unchanged: 0,
      });
    });

    it('exports CSV (sv) that imports back unchanged, and into another municipality as the same answers', async () => {
      const file = await exported(solna, editorSolna);
      expect(file.status).toBe(200);
      expect(file.type).toMatch(/^text\/csv/);
      expect(file.disposition).toMatch(/^attachment; filename="samrad-svar-\d+\.csv"$/);
      const text = file.bytes.toString('utf8');
      expect(text.startsWith('\uFEFFKod;Fråga;Svar;Kommentar\r\n')).toBe(true);
      expect(text).toContain('MB-04;Andel med uppföljning;61,5;\r\n');
      expect(text).toContain(`;"'=HYPERLINK(""http://x.example"",""klicka"")";`);

      const again = await post('imports', { name: 'export.csv', bytes: file.bytes }, solna, headSolna);
      expect(again.body).toEqual({ answers: 5, created: 0, replaced: 0, unchanged: 5, skipped: 0 });
      expect((await answersOf(solna))['MB-01'].version).toBe(1);

      const copy = await post(
        'imports',
        { name: 'export.csv', bytes: file.bytes },
        sundbyberg,
        editorSundbyberg,
      );
      expect(copy.status).toBe(201);
      expect(await valuesOf(sundbyberg)).toEqual(await valuesOf(solna));
    });

    it('exports Excel (en) that imports back as the same answers; unanswered questions come blank', async () => {
      const file = await exported(solna, headSolna, 'xlsx', 'en');
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const rows = await readXlsx(file.bytes);
      expect(rows[0]).toEqual(['Code', 'Question', 'Value', 'Comment']);
      expect(rows[1].slice(0, 3)).toEqual(['MB-01', 'Finns en skriftlig rutin för samverkan?', 'yes']);
      expect(rows[4][2]).toBe(61.5);

      const copy = await post('imports', { name: 'answers.xlsx', bytes: file.bytes }, taby, headTaby);
      expect(copy.status).toBe(201);
      expect(await valuesOf(taby)).toEqual(await valuesOf(solna));

      const danish = await readXlsx((await exported(solna, net.coordinator, 'xlsx', 'da')).bytes);
      expect(danish[0]).toEqual(['Kode', 'Spørgsmål', 'Svar', 'Kommentar']);
    });

    it('a file replaces existing answers, with a history row for each change only', async () => {
      const bytes = await xlsx(
        [
          ['Kod', 'Svar', 'Kommentar'],
          ['MB-01', false, 'Ändrat'],
          ['mb-03', 1234, 'Räknat\npå två rader'], // same as stored: unchanged
          ['MB-04', '62 %', null],
          ['MB-02', null, null], // blank: left as it is
        ],
        'Blad1',
      );
      const result = await post('imports', { name: 'nytt.xlsx', bytes }, solna, editorSolna);
      expect(result.body).toEqual({ answers: 3, created: 0, replaced: 2, unchanged: 1, skipped: 1 });
      const stored = await answersOf(solna);
      expect(stored['MB-01']).toMatchObject({ value: { boolean: false }, comment: 'Ändrat', version: 2 });
      expect(stored['MB-01'].history[1]).toMatchObject({
        kind: 'IMPORTED',
        version: 2,
        oldValue: { boolean: true },
        newValue: { boolean: false },
        oldComment: 'Enligt rutin; se "bilaga 2"',
        newComment: 'Ändrat',
      });
      expect(stored['MB-03'].version).toBe(1);
      expect(stored['MB-04']).toMatchObject({ value: { number: 62 }, version: 2 });
      expect(stored['MB-02']).toMatchObject({ value: { choice: 'Ofta' }, version: 1 });
    });

    it('an import and single saves racing on the same answer: every change is a version, none is lost', async () => {
      const before = (await answersOf(solna))['MB-03'];
      const indicatorId = round.set.indicators.find((i: { code: string }) => i.code === 'MB-03').id;
      const save = (n: number) =>
        t.gql(
          SAVE,
          {
            input: {
              roundId: round.roundId,
              indicatorId,
              municipalityId: solna,
              value: { number: 500 + n },
              expectedVersion: before.version,
            },
          },
          (n % 2 ? editorSolna : headSolna).token,
        );
      const bytes = csv([
        ['Kod', 'Svar'],
        ['MB-03', '777'],
      ]);
      const [imported, ...saves] = await Promise.all([
        post('imports', { name: 'samtidigt.csv', bytes }, solna, editorSolna),
        ...Array.from({ length: 8 }, (_, n) => save(n)),
      ]);
      expect(imported.status).toBe(201);
      const won = saves.filter((r) => !r.errors);
      // of the saves on the version they read, at most one wins; the rest are told someone else changed it
      expect(won.length).toBeLessThanOrEqual(1);
      expect(saves.filter((r) => r.errors).map(errorCode)).toEqual(
        Array(saves.length - won.length).fill('CONFLICT'),
      );
      const after = (await answersOf(solna))['MB-03'];
      const versions = after.history.map((h: { version: number }) => h.version);
      expect(versions).toEqual(versions.map((_: number, i: number) => i + 1));
      expect(after.version).toBe(versions.length);
      expect(after.version).toBe(before.version + 1 + won.length);
      // each change starts from the one before it
      for (let i = 1; i < after.history.length; i++)
        expect(after.history[i].oldValue?.number ?? null).toBe(after.history[i - 1].newValue.number);
    });
  });

  describe('who may export', () => {
    it('anonymous 401, another tenant 404; a municipality that has not submitted sees only its own', async () => {
      expect((await exported(solna, null)).status).toBe(401);
      expect((await exported(solna, outsider)).status).toBe(404);
      const early = await exported(solna, editorSundbyberg);
      expect(early.status).toBe(403);
      expect(JSON.parse(early.bytes.toString()).code).toBe('FORBIDDEN');
      expect((await exported(solna, viewer)).status).toBe(403);
      expect((await exported(sundbyberg, editorSundbyberg)).status).toBe(200);
      expect((await exported(solna, net.coordinator)).status).toBe(200);

      await ok(t, SUBMIT, { roundId: round.roundId, municipalityId: sundbyberg }, editorSundbyberg.token);
      expect((await exported(solna, editorSundbyberg)).status).toBe(200);
    });

    it('refuses an unknown format or language', async () => {
      expect((await exported(solna, editorSolna, 'pdf')).status).toBe(400);
      expect((await exported(solna, editorSolna, 'csv', 'de')).status).toBe(400);
    });
  });

  describe('status and phase', () => {
    it('approved answers refuse an import (CONFLICT) until the head reopens them', async () => {
      await ok(t, SUBMIT, { roundId: round.roundId, municipalityId: solna }, editorSolna.token);
      // submitted but not approved: an import still changes them, keeping the status
      const bytes = csv([
        ['Kod', 'Svar'],
        ['MB-04', '63'],
      ]);
      const submitted = await post('imports', { name: 'svar.csv', bytes }, solna, editorSolna);
      expect(submitted.body).toMatchObject({ replaced: 1 });
      expect((await answersOf(solna))['MB-04'].history.at(-1)).toMatchObject({
        kind: 'IMPORTED',
        newStatus: 'SUBMITTED',
      });

      await ok(t, APPROVE, { roundId: round.roundId, municipalityId: solna }, headSolna.token);
      const before = await countRows(t, TABLES);
      for (const path of ['imports', 'imports/preview'] as const) {
        const result = await post(path, { name: 'svar.csv', bytes }, solna, headSolna);
        expect([result.status, result.body.code, result.body.reason]).toEqual([409, 'CONFLICT', 'APPROVED']);
      }
      expect(await countRows(t, TABLES)).toEqual(before);
      await ok(
        t,
        REOPEN,
        { roundId: round.roundId, municipalityId: solna, reason: 'Rättelse' },
        headSolna.token,
      );
      expect((await post('imports', { name: 'svar.csv', bytes }, solna, headSolna)).status).toBe(201);
    });

    it('after ANSWERING: PHASE_CLOSED, but for a municipality with a late window', async () => {
      await ok(t, SET_PHASE, { id: round.roundId, phase: 'COMPILATION' }, net.coordinator.token);
      const bytes = csv([
        ['Kod', 'Svar'],
        ['MB-03', '99'],
      ]);
      const closed = await post('imports', { name: 'svar.csv', bytes }, taby, headTaby);
      expect([closed.status, closed.body.code]).toEqual([409, 'PHASE_CLOSED']);
      const until = new Date(Date.now() + 3_600_000).toISOString();
      await ok(t, GRANT_LATE, { roundId: round.roundId, municipalityId: taby, until }, net.coordinator.token);
      const late = await post('imports', { name: 'svar.csv', bytes }, taby, headTaby);
      expect(late.body).toMatchObject({ replaced: 1 });
      // in COMPILATION everyone in the round sees every answer: the viewer may export now
      expect((await exported(taby, viewer)).status).toBe(200);
    });
  });
});

describe('answers: a 10,000-row file', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('imports in one transaction: 10,000 answers and 10,000 history rows', async () => {
    t = await startTestApp();
    const net = await createNetwork(t, 'Stort nätverk', ['Solna']);
    const editor = await addMember(t, net, 'EDITOR', 'Solna');
    const round = await createRound(t, net.coordinator.token, net.id, 2026);
    // a survey far larger than a set may be imported with (2,000): the rest straight into the table
    await t.dataSource.query(
      `INSERT INTO indicators (indicator_set_id, position, code, text, answer_type)
       SELECT $1, 5 + n, 'BULK-' || lpad(n::text, 5, '0'), 'Fråga ' || n,
              (ARRAY['NUMBER', 'PERCENT', 'YES_NO', 'TEXT'])[1 + n % 4]
         FROM generate_series(1, 9995) AS n`,
      [round.indicatorSetId],
    );
    await openAnswering(t, round.roundId, net.coordinator.token);
    const cell = (n: number) => ['12,5', '61,5', 'ja', `Svar ${n}`][n % 4];
    const rows = [
      ['Kod', 'Svar', 'Kommentar'],
      ['MB-01', 'nej', null],
      ['MB-02', 'Aldrig', null],
      ['MB-03', '3', null],
      ['MB-04', '4', null],
      ['MB-05', 'Fem', null],
      ...Array.from({ length: 9995 }, (_, i) => [
        `BULK-${String(i + 1).padStart(5, '0')}`,
        cell(i + 1),
        i % 10 ? null : 'Uppskattat',
      ]),
    ];
    const form = new FormData();
    form.append('file', new Blob([csv(rows)]), 'stor.csv');
    form.append('municipalityId', net.municipalities.Solna);
    const started = Date.now();
    const response = await fetch(`${t.url}/api/rounds/${round.roundId}/answers/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${editor.token}` },
    });
    const elapsed = Date.now() - started;
    expect([response.status, await response.json()]).toEqual([
      201,
      { answers: 10_000, created: 10_000, replaced: 0, unchanged: 0, skipped: 0 },
    ]);
    expect(await countRows(t, ['answers', 'answer_history'])).toEqual({
      answers: 10_000,
      answer_history: 10_000,
    });
    const [{ events }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM room_events WHERE type LIKE 'answer%'`,
    );
    expect(events).toBe(1);
    // generous: a loaded 2-core CI machine; the bench measures it properly
    expect(elapsed).toBeLessThan(30_000);
  });
});
