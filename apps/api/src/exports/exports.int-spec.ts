import type { AnswerValue } from '@samrad/domain';
import {
  csvRecords,
  download,
  EXPORT_FORMATS,
  exportUrl,
  pdfText,
  sheetRows,
  textOf,
  workbookOf,
} from '../../test/export-fixtures.js';
import { loadNationalDataset, type NationalDataset } from '../../test/national-dataset.js';
import { createNetwork } from '../../test/network-fixtures.js';
import { registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';

/** The value as the Swedish files write it (decimal comma; the data set has at most one decimal). */
const swedish = (type: string, v: AnswerValue | undefined) =>
  !v
    ? ''
    : type === 'YES_NO'
      ? v.boolean
        ? 'Ja'
        : 'Nej'
      : type === 'NUMBER' || type === 'PERCENT'
        ? String(v.number).replace('.', ',')
        : (v.text ?? v.choice ?? '');

describe('compilation exports (CSV, Excel, PDF) through HTTP', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let data: NationalDataset;
  const FORMULA = '=HYPERLINK("http://evil.example","klicka")';

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await registerUser(t, 'export-coordinator');
    data = await loadNationalDataset(t.dataSource, {
      seed: 11,
      coordinatorId: coordinator.id,
      municipalities: 6,
      questions: 24,
      name: 'Nätverk Nordväst',
    });
    // a text answer that a spreadsheet would run as a formula
    const text = data.rounds[1].indicators.find((i) => i.answerType === 'TEXT')!;
    await t.dataSource.query(
      `UPDATE answers SET value_text = $1 WHERE round_id = $2 AND indicator_id = $3 AND municipality_id = $4`,
      [FORMULA, data.rounds[1].id, text.id, data.municipalities[0].id],
    );
    data.rounds[1].answers.set(`${text.id}|${data.municipalities[0].id}`, { text: FORMULA });
  });
  afterAll(() => t.close());

  const get = (format: string, as?: TestUser, lang = 'sv', roundId = data.rounds[1].id) =>
    download(t, exportUrl(roundId, format, lang), as?.token);

  it('CSV: UTF-8 with BOM, ";" in Swedish, a line per question and municipality with the figures', async () => {
    const { status, headers, body } = await get('csv', coordinator);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="samrad-natverk-nordvast-oppna-jamforelser-2026.csv"; filename*=UTF-8''Samr%C3%A5d%20N%C3%A4tverk%20Nordv%C3%A4st%20%C3%96ppna%20j%C3%A4mf%C3%B6relser%202026.csv`,
    );
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = csvRecords(body, ';');
    expect(header).toEqual([
      'Avsnitt',
      'Kod',
      'Fråga',
      'Enhet',
      'Kommunkod',
      'Kommun',
      'Svar',
      'Svar 2025',
      'Förändring',
      'Riket (Ja/Nej: % ja)',
    ]);
    const [previous, current] = data.rounds;
    expect(records).toHaveLength(current.indicators.length * data.municipalities.length);
    const previousId = new Map(previous.indicators.map((i) => [i.code, i.id]));
    const problems: string[] = [];
    for (const record of records) {
      const indicator = current.indicators.find((i) => i.code === record[1])!;
      const m = data.municipalities.find((mu) => mu.code === record[4])!;
      const value = current.answers.get(`${indicator.id}|${m.id}`);
      const before = previous.answers.get(`${previousId.get(indicator.code)}|${m.id}`);
      const expected = [
        indicator.section,
        indicator.code,
        expect.stringContaining(indicator.code),
        expect.any(String),
        m.code,
        m.name,
        value?.text === FORMULA ? `'${FORMULA}` : swedish(indicator.answerType, value),
        previousId.has(indicator.code) ? swedish(indicator.answerType, before) : '',
        expect.any(String),
        indicator.nationalReference === null ? '' : String(indicator.nationalReference).replace('.', ','),
      ];
      try {
        expect(record).toEqual(expected);
      } catch {
        problems.push(`${record.join(';')} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('CSV in English (",", a decimal point, Yes/No), Danish, and the account language by default', async () => {
    const { body } = await get('csv', coordinator, 'en');
    const [header, ...records] = csvRecords(body, ',');
    expect(header.slice(0, 3)).toEqual(['Section', 'Code', 'Question']);
    const yesNo = records.filter((r) => r[3] === 'Yes/No').map((r) => r[6]);
    expect(new Set(yesNo.filter(Boolean))).toEqual(new Set(['Yes', 'No']));
    const percent = records.filter((r) => r[3] === '%' && r[6].includes('.'));
    expect(percent.length).toBeGreaterThan(0);
    // Danish: ";" like Swedish, its own words
    const [danish] = csvRecords((await get('csv', coordinator, 'da')).body, ';');
    expect(danish.slice(0, 3)).toEqual(['Afsnit', 'Kode', 'Spørgsmål']);
    // no lang: the account's language (Swedish for this account)
    const [fallback] = csvRecords(
      (await download(t, exportUrl(data.rounds[1].id, 'csv'), coordinator.token)).body,
      ';',
    );
    expect(fallback[0]).toBe('Avsnitt');
  });

  it('Excel: an info sheet, a sheet per section with a frozen header, number formats, previous year, summary, reference', async () => {
    const { status, headers, body } = await get('xlsx', coordinator);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(headers.get('content-disposition')).toContain(
      'samrad-natverk-nordvast-oppna-jamforelser-2026.xlsx',
    );
    const workbook = await workbookOf(body);
    const [previous, current] = data.rounds;
    const sections = [...new Set(current.indicators.map((i) => i.section))];
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Information', ...sections]);
    const info = sheetRows(workbook.worksheets[0]);
    expect(info).toEqual(
      expect.arrayContaining([
        ['Nätverk', 'Nätverk Nordväst'],
        ['Omgång', 'Öppna jämförelser 2026'],
        ['År', 2026],
        ['Synlighet', 'Alla medlemskommuners svar ingår.'],
      ]),
    );
    const m = data.municipalities.length;
    const previousId = new Map(previous.indicators.map((i) => [i.code, i.id]));
    const problems: string[] = [];
    // the matrix's columns are in the compilation's order (by folded name): every member once
    const names = sheetRows(workbook.worksheets[1])[0].slice(3, 3 + m) as string[];
    const municipalities = names.map((name) => data.municipalities.find((mu) => mu.name === name)!);
    expect(new Set(municipalities.map((mu) => mu?.id)).size).toBe(m);
    for (const section of sections) {
      const sheet = workbook.getWorksheet(section)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
      const [header, ...rows] = sheetRows(sheet);
      expect(header.slice(0, 3 + m)).toEqual([
        'Kod',
        'Fråga',
        'Enhet',
        ...municipalities.map((mu) => mu.name),
      ]);
      expect(header.slice(3 + m, 3 + 2 * m)).toEqual(municipalities.map((mu) => `${mu.name} 2025`));
      expect(header.slice(3 + 2 * m)).toEqual([
        'Svarat',
        'Antal kommuner',
        'Andel ja',
        'Medelvärde',
        'Median',
        'Min',
        'Max',
        'Riket',
        'Fråga dem hur de gör',
        'Överenskommen tolkning',
      ]);
      const indicators = current.indicators.filter((i) => i.section === section);
      expect(rows.map((r) => r[0])).toEqual(indicators.map((i) => i.code));
      for (const [r, indicator] of indicators.entries()) {
        const excel = (v: AnswerValue | undefined) =>
          !v
            ? undefined
            : indicator.answerType === 'PERCENT'
              ? v.number! / 100
              : indicator.answerType === 'NUMBER'
                ? v.number
                : indicator.answerType === 'YES_NO'
                  ? v.boolean
                    ? 'Ja'
                    : 'Nej'
                  : v.text === FORMULA
                    ? `'${FORMULA}`
                    : (v.text ?? v.choice);
        const values = municipalities.map((mu) => excel(current.answers.get(`${indicator.id}|${mu.id}`)));
        const before = municipalities.map((mu) =>
          excel(previous.answers.get(`${previousId.get(indicator.code)}|${mu.id}`)),
        );
        const row = rows[r];
        const near = (a: unknown, b: unknown) =>
          typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;
        if (!values.every((v, i) => near(row[3 + i], v))) problems.push(`${indicator.code} values`);
        if (!before.every((v, i) => near(row[3 + m + i], v))) problems.push(`${indicator.code} previous`);
        const answered = values.filter((v) => v !== undefined).length;
        if (row[3 + 2 * m] !== answered || row[4 + 2 * m] !== m) problems.push(`${indicator.code} answered`);
        const reference = row[10 + 2 * m];
        const expectedReference =
          indicator.nationalReference === null
            ? undefined
            : indicator.answerType === 'NUMBER'
              ? indicator.nationalReference
              : indicator.nationalReference / 100;
        if (!near(reference, expectedReference)) problems.push(`${indicator.code} reference ${reference}`);
        const cell = sheet.getRow(r + 2).getCell(4);
        if (
          indicator.answerType === 'PERCENT' &&
          values[0] !== undefined &&
          !String(cell.numFmt).endsWith('%')
        )
          problems.push(`${indicator.code} percent format ${cell.numFmt}`);
        if (indicator.answerType === 'YES_NO') {
          const numbers = values.filter((v) => v !== undefined);
          const share = numbers.filter((v) => v === 'Ja').length / numbers.length;
          if (!near(row[5 + 2 * m], share)) problems.push(`${indicator.code} yes share`);
          if (sheet.getRow(r + 2).getCell(6 + 2 * m).numFmt !== '0.0%')
            problems.push(`${indicator.code} yes fmt`);
        }
        if (indicator.answerType === 'NUMBER' || indicator.answerType === 'PERCENT') {
          const numbers = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
          if (!near(row[8 + 2 * m], numbers[0]) || !near(row[9 + 2 * m], numbers.at(-1)))
            problems.push(`${indicator.code} min/max`);
        }
        if (current.agreed.has(indicator.id) !== (typeof row[12 + 2 * m] === 'string'))
          problems.push(`${indicator.code} interpretation`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('PDF: cover, sections, every question with its figures and interpretation, page numbers, å ä ö', async () => {
    const { status, headers, body } = await get('pdf', coordinator);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(Number(headers.get('content-length'))).toBe(body.length);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await pdfText(body);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Sammanställning');
    expect(flat).toContain('Nätverk Nordväst');
    expect(flat).toContain('Öppna jämförelser 2026');
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(flat).toContain(`Sida ${page} av ${pages}`);
    expect(flat).not.toContain(`Sida ${pages + 1}`);
    const current = data.rounds[1];
    for (const section of new Set(current.indicators.map((i) => i.section))) expect(flat).toContain(section);
    const missing: string[] = [];
    for (const indicator of current.indicators) {
      if (!flat.includes(`${indicator.code} Fråga ${indicator.code}`))
        missing.push(`${indicator.code} title`);
      if (current.agreed.has(indicator.id) && !flat.includes(`anvisning för ${indicator.code}`))
        missing.push(`${indicator.code} interpretation`);
      if (indicator.nationalReference !== null) {
        const reference = String(indicator.nationalReference).replace('.', ',');
        if (!flat.includes(`Riket ${reference}`)) missing.push(`${indicator.code} reference ${reference}`);
      }
      // every municipality's answer next to its name (the table's line)
      for (const m of data.municipalities) {
        const value = swedish(indicator.answerType, current.answers.get(`${indicator.id}|${m.id}`));
        if (value && indicator.answerType !== 'TEXT' && !flat.includes(`${m.name} ${value}`))
          missing.push(`${indicator.code} ${m.name} ${value}`);
      }
    }
    expect(missing.slice(0, 10)).toEqual([]);
  });

  it('PDF: "page n of N" in the language asked for', async () => {
    for (const [lang, word, of] of [
      ['da', 'Side', 'af'],
      ['en', 'Page', 'of'],
    ]) {
      const { text, pages } = await pdfText((await get('pdf', coordinator, lang)).body);
      const flat = text.replace(/\s+/g, ' ');
      for (const page of [1, pages]) expect(flat).toContain(`${word} ${page} ${of} ${pages}`);
    }
  });

  it('refuses the anonymous (401), outsiders (404, nothing told), bad formats (400)', async () => {
    const round = data.rounds[1].id;
    for (const format of EXPORT_FORMATS) {
      expect((await get(format)).status).toBe(401);
      const stranger = await registerUser(t, 'stranger');
      const refused = await get(format, stranger);
      expect(refused.status).toBe(404);
      expect(refused.body.toString()).not.toContain('Nordväst');
      expect((await download(t, exportUrl('not-a-uuid', format), coordinator.token)).status).toBe(404);
    }
    const other = await createNetwork(t, 'Annat nätverk', ['Täby']);
    expect((await download(t, exportUrl(round, 'pdf'), other.coordinator.token)).status).toBe(404);
    const bad = await download(t, exportUrl(round, 'docx'), coordinator.token);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString())).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await download(t, exportUrl(round, 'csv', 'fi'), coordinator.token)).status).toBe(400);
  });

  describe('give-to-get in every format', () => {
    let small: NationalDataset;
    let headLate: TestUser;
    let coordinatorG: TestUser;
    const SECRET_TEXT = 'HEMLIGT-SVAR-ÖVRIG-KOMMUN';
    const SECRET_NUMBER = 987654;

    beforeAll(async () => {
      coordinatorG = await registerUser(t, 'g2g-coordinator');
      small = await loadNationalDataset(t.dataSource, {
        seed: 3,
        coordinatorId: coordinatorG.id,
        municipalities: 5,
        questions: 18,
        phase: 'ANSWERING',
        name: 'Ge för att få',
      });
      const round = small.rounds[1];
      const late = small.municipalities[1].id;
      const other = small.municipalities[3].id;
      await t.dataSource.query(
        `UPDATE answer_submissions SET status = 'DRAFT', first_submitted_at = NULL, submitted_at = NULL
          WHERE round_id = $1 AND municipality_id = $2`,
        [round.id, late],
      );
      const text = round.indicators.find((i) => i.answerType === 'TEXT')!;
      const number = round.indicators.find((i) => i.answerType === 'NUMBER')!;
      for (const [indicator, column, value] of [
        [text, 'value_text', SECRET_TEXT],
        [number, 'value_number', SECRET_NUMBER],
      ] as const)
        await t.dataSource.query(
          `INSERT INTO answers (round_id, indicator_id, municipality_id, ${column}, status, updated_by_id, version)
           VALUES ($1, $2, $3, $4, 'SUBMITTED', $5, 1)
           ON CONFLICT (round_id, indicator_id, municipality_id) DO UPDATE SET ${column} = EXCLUDED.${column}`,
          [round.id, indicator.id, other, value, coordinatorG.id],
        );
      headLate = await registerUser(t, 'head-late');
      await t.dataSource.query(
        `INSERT INTO memberships (network_id, user_id, role, municipality_id) VALUES ($1, $2, 'HEAD', $3)`,
        [small.networkId, headLate.id, late],
      );
    });

    it.each(EXPORT_FORMATS)(
      '%s: a municipality that has not submitted gets only its own answers',
      async (format) => {
        const round = small.rounds[1];
        const mine = await download(t, exportUrl(round.id, format, 'sv'), headLate.token);
        expect(mine.status).toBe(200);
        const text = await textOf(format, mine.body);
        expect(text).not.toContain(SECRET_TEXT);
        expect(text).not.toContain(String(SECRET_NUMBER));
        // no other municipality's own answer text either (the data set's TEXT answers name their municipality)
        for (const m of small.municipalities.slice(2)) expect(text).not.toContain(`Så gör ${m.name}`);
        expect(text).toContain(`Så gör ${small.municipalities[1].name}`);
        expect(text).toMatch(/dold/);
        // the control: the coordinator sees both
        const all = await textOf(
          format,
          (await download(t, exportUrl(round.id, format), coordinatorG.token)).body,
        );
        expect(all).toContain(SECRET_TEXT);
        expect(all).toContain(String(SECRET_NUMBER));
      },
    );

    it('the summary counts only what the caller sees', async () => {
      const { body } = await download(t, exportUrl(small.rounds[1].id, 'xlsx'), headLate.token);
      const workbook = await workbookOf(body);
      const info = sheetRows(workbook.worksheets[0]);
      expect(info.find((r) => r[0] === 'Synlighet')?.[1]).toMatch(/inte lämnat in/);
      const m = small.municipalities.length;
      for (const sheet of workbook.worksheets.slice(1))
        for (const row of sheetRows(sheet).slice(1)) expect(row[3 + 2 * m]).toBeLessThanOrEqual(1);
    });
  });
});
