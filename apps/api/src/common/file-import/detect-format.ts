import { extname } from 'node:path';
import { fileRefused } from './file-refused.js';

export type ImportFormat = 'json' | 'csv' | 'xlsx';

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // the old binary .xls

/** The first character that isn't a BOM or white space. */
function firstChar(bytes: Buffer): string | undefined {
  const head = bytes
    .subarray(0, 256)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /\S/.exec(head)?.[0];
}

/** By content first (an .xlsx is a zip, JSON starts with { or [), then by the file name. */
export function detectFormat(bytes: Buffer, fileName: string): ImportFormat {
  const extension = extname(fileName).toLowerCase();
  if (firstChar(bytes) === undefined) throw fileRefused('EMPTY_FILE', 'The file is empty');
  if (bytes.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (bytes.subarray(0, 4).equals(OLE))
    throw fileRefused(
      'XLS_NOT_SUPPORTED',
      'Old Excel files (.xls) cannot be read: save the file as an Excel workbook (.xlsx)',
    );
  if (extension === '.xlsx')
    throw fileRefused(
      'NOT_A_WORKBOOK',
      'The file is named .xlsx but is not an Excel workbook: save it again from Excel',
    );
  const first = firstChar(bytes);
  if (first === '{' || first === '[') return 'json';
  if (extension === '.json')
    throw fileRefused('NOT_JSON', 'The file is named .json but is not JSON: it must start with { or [');
  if (extension === '.csv' || extension === '.txt') return 'csv';
  throw fileRefused(
    'UNKNOWN_FILE_TYPE',
    'Unknown file type: upload a JSON (.json), CSV (.csv) or Excel (.xlsx) file',
  );
}
