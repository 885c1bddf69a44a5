import { detectFormat } from '../../common/file-import/detect-format.js';
import { fileRefused } from '../../common/file-import/file-refused.js';
import type { UploadedFile } from '../../common/file-import/upload-limits.js';
import { parseCsv } from './parse-csv.js';
import { parseJson } from './parse-json.js';
import { parseXlsx } from './parse-xlsx.js';
import { validateImport, type ValidatedImport } from './validate-import.js';

/** An uploaded file and the form's set fields → the validated set, or every problem with it. */
export async function readImport(
  file: UploadedFile | undefined,
  form: Record<string, unknown>,
): Promise<ValidatedImport> {
  if (!file) throw fileRefused('FILE_MISSING', 'Attach the file as the multipart form field "file"');
  const format = detectFormat(file.buffer, file.originalname);
  const parsed =
    format === 'json'
      ? parseJson(file.buffer)
      : format === 'csv'
        ? parseCsv(file.buffer)
        : await parseXlsx(file.buffer);
  return validateImport(parsed, form ?? {});
}
