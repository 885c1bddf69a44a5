import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzip } from './unzip.js';

const MB = 1024 * 1024;

/** One entry, deflated, declaring `declared` unpacked bytes in both headers; `hidden` goes before it unlisted. */
function zip(data: Buffer, declared = data.length, hidden?: Buffer): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const body = deflateRawSync(data);
  const local = (size: number, packed: number) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    return header;
  };
  const prefix = hidden
    ? Buffer.concat([local(27, deflateRawSync(hidden).length), name, deflateRawSync(hidden)])
    : Buffer.alloc(0);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(prefix.length, 42);
  const entry = Buffer.concat([local(declared, body.length), name, body]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(prefix.length + entry.length, 16);
  return Buffer.concat([prefix, entry, central, name, end]);
}

describe('unzip', () => {
  it('counts what a real workbook unpacks to', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Indikatorer').addRow(['code', 'text', 'answerType']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const unzipped = await unzip(bytes, MB);
    if (!unzipped.ok) throw new Error(unzipped.reason);
    expect(unzipped.bytes).toBeGreaterThan(bytes.length);
    expect(unzipped.files.get('xl/workbook.xml')?.toString()).toContain('Indikatorer');
  });

  it('stops at the cap however small the zip says it unpacks', async () => {
    const liar = zip(Buffer.alloc(20 * MB), 27_000);
    expect(liar.length).toBeLessThan(100_000);
    expect(await unzip(liar, 10 * MB)).toEqual({ ok: false, reason: 'TOO_LARGE' });
    expect(await unzip(liar, 30 * MB)).toMatchObject({ ok: true, bytes: 20 * MB });
  });

  it('never unpacks an entry the directory does not list', async () => {
    const unzipped = await unzip(zip(Buffer.from('<x/>'), 4, Buffer.alloc(MB)), 30 * MB);
    expect(unzipped).toMatchObject({ ok: true, bytes: 4 });
  });

  it('refuses an entry whose data is not deflate', async () => {
    const broken = zip(Buffer.from('<x/>'));
    broken.fill(0xff, 30 + 'xl/worksheets/sheet1.xml'.length, 30 + 'xl/worksheets/sheet1.xml'.length + 4);
    expect(await unzip(broken, MB)).toEqual({ ok: false, reason: 'NOT_A_ZIP' });
  });

  it('refuses what is not a zip', async () => {
    expect(await unzip(Buffer.from('PK\x03\x04 not really a zip at all, no directory'), MB)).toEqual({
      ok: false,
      reason: 'NOT_A_ZIP',
    });
    expect(await unzip(Buffer.alloc(10), MB)).toEqual({ ok: false, reason: 'NOT_A_ZIP' });
  });
});
