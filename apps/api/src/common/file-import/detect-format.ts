import { extname } from 'node:path';
import { badInput } from '../app-error.js';

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
  if (firstChar(bytes) === undefined) throw badInput('The file is empty', { reason: 'EMPTY_FILE' });
  if (bytes.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (bytes.subarray(0, 4).equals(OLE))
    throw badInput('Old Excel files (.xls) cannot be read: save the file as an Excel workbook (.xlsx)', {
      reason: 'XLS_NOT_SUPPORTED',
    });
  if (extension === '.xlsx')
    throw badInput('The file is named .xlsx but is not an Excel workbook: save it again from Excel', {
      reason: 'NOT_A_WORKBOOK',
    });
  const first = firstChar(bytes);
  if (first === '{' || first === '[') return 'json';
  if (extension === '.json')
    throw badInput('The file is named .json but is not JSON: it must start with { or [', {
      reason: 'NOT_JSON',
    });
  if (extension === '.csv' || extension === '.txt') return 'csv';
  throw badInput('Unknown file type: upload a JSON (.json), CSV (.csv) or Excel (.xlsx) file', {
    reason: 'UNKNOWN_FILE_TYPE',
  });
}
