import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { AppError } from '../app-error.js';
import { readSheets } from './read-workbook.js';

const tooMany = (sheet: string) => new AppError('BAD_USER_INPUT', `too many rows in ${sheet}`);

/** A zip record: `size` bytes with little-endian fields at their offsets (`[offset, bytes, value]`). */
function record(size: number, fields: [number, 2 | 4, number][]): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [offset, width, value] of fields)
    if (width === 2) bytes.writeUInt16LE(value, offset);
    else bytes.writeUInt32LE(value, offset);
  return bytes;
}

/** A zip whose entries are stored as they are: enough to hand-write the parts some other writer makes. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, text] of Object.entries(files)) {
    const name = Buffer.from(path);
    const data = Buffer.from(text);
    const [crc, size] = [crc32(data), data.length];
    const local = record(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [14, 4, crc],
      [18, 4, size],
      [22, 4, size],
      [26, 2, name.length],
    ]);
    const central = record(46, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [16, 4, crc],
      [20, 4, size],
      [24, 4, size],
      [28, 2, name.length],
      [42, 4, offset],
    ]);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const count = Object.keys(files).length;
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, count],
    [10, 2, count],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('readSheets', () => {
  it('reads each cell as a person sees it in Excel', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Svar');
    sheet.addRow(['code', 'value', 'note']);
    sheet.addRow([
      'A-1',
      42.5,
      { richText: [{ text: 'fet ', font: { bold: true } }, { text: 'och vanlig' }] },
    ]);
    sheet.addRow(['A-2', true, { formula: 'B3*2', result: 84 }]);
    sheet.addRow(['A-3', new Date(Date.UTC(2026, 3, 1)), { formula: 'A1&"x"', result: 'codex' }]);
    sheet.addRow([
      'A-4',
      new Date(Date.UTC(2026, 3, 1, 13, 30)),
      { text: 'länk', hyperlink: 'https://example.se' },
    ]);
    sheet.addRow(['A-5', { error: '#N/A' }, 'Ærø & Øresund <åäö>']);
    sheet.getCell('E8').value = 'far out';
    book.addWorksheet('Tom');
    book.addWorksheet('Andra').addRow(['x']);
    const sheets = await readSheets(Buffer.from(await book.xlsx.writeBuffer()), 100, tooMany);

    expect(sheets.map((read) => read.name)).toEqual(['Svar', 'Tom', 'Andra']);
    const [svar, tom, andra] = sheets;
    expect(svar.lines.map((line) => line.row)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(svar.lines.map((line) => [...line.cells])).toEqual([
      ['code', 'value', 'note'],
      ['A-1', 42.5, 'fet och vanlig'],
      ['A-2', true, 84],
      ['A-3', '2026-04-01', 'codex'],
      ['A-4', '2026-04-01T13:30:00.000Z', 'länk'],
      ['A-5', '#N/A', 'Ærø & Øresund <åäö>'],
      [undefined, undefined, undefined, undefined, 'far out'],
    ]);
    expect(tom.lines).toEqual([]);
    expect(andra.lines).toEqual([{ row: 1, cells: ['x'] }]);
  });

  it('reads what other writers make: prefixes, inline strings, ISO and 1904 dates, cells without references', async () => {
    const bytes = storedZip({
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/book/wb.xml"/></Relationships>`,
      'book/_rels/wb.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="sheets/data.xml"/><Relationship Id="c1" Type="${REL}/chartsheet" Target="sheets/chart.xml"/><Relationship Id="st" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="ss" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`,
      'book/wb.xml': `\uFEFF<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Diagram" sheetId="2" rel:id="c1"/><x:sheet name="Data" sheetId="1" rel:id="s1"/></x:sheets></x:workbook>`,
      'book/styles.xml': `<x:styleSheet xmlns:x="x"><x:numFmts><x:numFmt numFmtId="164" formatCode="[Red]&quot;dag&quot; YYYY-MM-DD"/><x:numFmt numFmtId="165" formatCode="0.0&quot; st&quot;"/></x:numFmts><x:cellStyleXfs><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="165"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
      'book/strings.xml': `<x:sst xmlns:x="x"><x:si><x:t>Hej</x:t></x:si><x:si><x:r><x:t>Gö</x:t></x:r><x:r><x:t xml:space="preserve">teborg </x:t></x:r><x:rPh><x:t>ごてぼり</x:t></x:rPh></x:si></x:sst>`,
      'book/sheets/data.xml': `<x:worksheet xmlns:x="x"><x:sheetData><x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[a < b]]></x:t></x:is></x:c><x:c t="d"><x:v>2026-04-01T00:00:00Z</x:v></x:c></x:row><x:row r="3"><x:c r="B3" s="1"><x:v>0</x:v></x:c><x:c s="2"><x:v>7</x:v></x:c><x:c s="3" t="n"><x:v>1</x:v></x:c><x:c r="F3" t="b"><x:f>TRUE()</x:f><x:v>0</x:v></x:c><x:c r="G3" t="s"><x:v>0</x:v></x:c></x:row><x:row r="4"><x:c r="A4" t="s"/></x:row></x:sheetData></x:worksheet>`,
    });
    const [data, ...others] = await readSheets(bytes, 100, tooMany);
    expect(others).toEqual([]);
    expect(data.name).toBe('Data');
    expect(data.lines).toEqual([
      { row: 1, cells: ['Göteborg ', 'a < b', '2026-04-01'] },
      { row: 3, cells: [undefined, '1904-01-01', 7, '1904-01-02', undefined, false, 'Hej'] },
    ]);
  });

  it('stops at the first sheet with more rows than allowed, naming it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Kort').addRow(['a']);
    const long = book.addWorksheet('Lång');
    for (let row = 0; row < 6; row++) long.addRow([row, null, 'x']);
    long.addRow([]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await expect(readSheets(bytes, 5, tooMany)).rejects.toThrow('too many rows in Lång');
    expect((await readSheets(bytes, 6, tooMany))[1].lines).toHaveLength(6);
  });

  it('refuses, with NOT_A_WORKBOOK, a zip that is no workbook and a workbook whose XML is broken or nested without end', async () => {
    const notAWorkbook = { details: { reason: 'NOT_A_WORKBOOK' } };
    await expect(
      readSheets(storedZip({ 'word/document.xml': '<w:document/>' }), 5, tooMany),
    ).rejects.toMatchObject(notAWorkbook);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Svar').addRow(['a']);
    const good = Buffer.from(await book.xlsx.writeBuffer());
    const { unzip } = await import('./unzip.js');
    const unzipped = await unzip(good, 1e7);
    if (!unzipped.ok) throw new Error(unzipped.reason);
    const files = Object.fromEntries([...unzipped.files].map(([path, data]) => [path, data.toString()]));
    const sheet = files['xl/worksheets/sheet1.xml'];
    files['xl/worksheets/sheet1.xml'] = sheet.replace('</sheetData>', '</sheetDat>');
    await expect(readSheets(storedZip(files), 5, tooMany)).rejects.toMatchObject(notAWorkbook);
    // well-formed but nested without end (each open tag is kept): refused at a depth no workbook has
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    files['xl/worksheets/sheet1.xml'] = sheet.replace('<sheetData>', `<sheetData>${deep}`);
    await expect(readSheets(storedZip(files), 5, tooMany)).rejects.toMatchObject(notAWorkbook);
  });
});
