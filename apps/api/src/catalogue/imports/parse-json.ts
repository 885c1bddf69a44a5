import { fileRefused } from '../../common/file-import/file-refused.js';
import { METADATA_FIELDS } from './import-columns.js';
import type { ImportProblem, ParsedFile, SourceRow } from './problems.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The GraphQL `ImportIndicatorSetInput` shape, or just the list of indicators (the set's fields
 * then come from the form). Rows are 1-based positions in the list.
 */
export function parseJson(bytes: Buffer): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fileRefused('INVALID_JSON', `The file is not valid JSON: ${(error as Error).message}`);
  }
  const problems: ImportProblem[] = [];
  const metadata: ParsedFile['metadata'] = {};
  let list: unknown = data;
  if (isObject(data)) {
    for (const field of METADATA_FIELDS) if (field in data) metadata[field] = data[field];
    list = data.indicators;
  } else if (!Array.isArray(data)) {
    throw fileRefused(
      'JSON_NOT_A_SET',
      'The JSON file must be an indicator set object or a list of indicators',
    );
  }
  if (!Array.isArray(list)) {
    problems.push({
      row: null,
      column: 'indicators',
      code: 'NOT_A_LIST',
      params: { column: 'indicators' },
      message: 'Indicators must be a list',
    });
    list = [];
  }
  const rows: SourceRow[] = [];
  (list as unknown[]).forEach((item, index) => {
    if (isObject(item)) rows.push({ row: index + 1, raw: item });
    else
      problems.push({
        row: index + 1,
        column: null,
        code: 'NOT_AN_OBJECT',
        params: {},
        message: 'Each indicator must be an object',
      });
  });
  return { metadata, rows, problems };
}
