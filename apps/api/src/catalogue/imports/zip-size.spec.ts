import ExcelJS from 'exceljs';
import { declaredUnzippedSize } from './zip-size.js';

describe('declaredUnzippedSize', () => {
  it('adds up the sizes a workbook declares, without unpacking it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Indikatorer').addRow(['code', 'text', 'answerType']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const size = declaredUnzippedSize(bytes)!;
    expect(size).toBeGreaterThan(bytes.length);
    expect(size).toBeLessThan(100_000);
  });

  it('is null for what is not a zip', () => {
    expect(declaredUnzippedSize(Buffer.from('PK\x03\x04 not really a zip at all, no directory'))).toBeNull();
    expect(declaredUnzippedSize(Buffer.alloc(10))).toBeNull();
  });
});
