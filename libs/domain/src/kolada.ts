import { z } from 'zod';
import { importProblemOf, valueAt, type ImportProblem } from './import-problems.js';

/**
 * Kolada (kolada.se) API v3: KPI metadata (`/kpi`) and data (`/data/kpi/{kpi}/year/{year}`), both
 * in the envelope `{values, count, next_url}`. Extra fields are allowed: Kolada adds them over time.
 */
const envelope = <T extends z.ZodType>(value: T) =>
  z.looseObject({
    values: z.array(value, 'values must be a list'),
    count: z.number().optional(),
    next_url: z.string().nullish(),
  });

export const koladaKpiSchema = z.looseObject({
  id: z.string('id must be text').trim().min(1, 'id is required'),
  title: z.string('title must be text').trim().min(1, 'title is required'),
  description: z.string().nullish(),
  operating_area: z.string().nullish(),
});
export const koladaKpiEnvelopeSchema = envelope(koladaKpiSchema);

export const koladaDataRowSchema = z.looseObject({
  kpi: z.string('kpi must be text').min(1, 'kpi is required'),
  municipality: z.string('municipality must be text').regex(/^\d{4}$/, 'municipality must be a 4-digit code'),
  period: z.number('period must be a year').int('period must be a year'),
  values: z.array(
    z.looseObject({
      gender: z.enum(['T', 'K', 'M'], 'gender must be T, K or M'),
      value: z.number('value must be a number or null').finite().nullable(),
    }),
    'values must be a list',
  ),
});
export const koladaDataEnvelopeSchema = envelope(koladaDataRowSchema);

export type KoladaKpiEnvelope = z.output<typeof koladaKpiEnvelopeSchema>;
export type KoladaDataEnvelope = z.output<typeof koladaDataEnvelopeSchema>;

/** The whole of Sweden in Kolada's municipality codes: its total is the national reference. */
export const KOLADA_NATION = '0000';

export interface KoladaDocument {
  /** A name for problems, e.g. the file name or URL. */
  name: string;
  content: unknown;
}

/**
 * `row`: 1-based position in the document's `values`, or null for the document itself;
 * `column`: the document and field, e.g. `data.json: value`.
 */
export type KoladaProblem = ImportProblem;

export interface KoladaImport {
  /** An ImportIndicatorSetInput, still to be validated by importIndicatorSetSchema. */
  set: {
    key: string;
    title: string;
    area: string;
    year: number;
    source: string | null;
    indicators: {
      code: string;
      text: string;
      guidance: string | null;
      section: string | null;
      answerType: 'NUMBER' | 'PERCENT';
      unit: string | null;
      polarity: 'NEUTRAL';
      nationalReference: number | null;
    }[];
  };
  /** Municipality totals (T) for the year: register-based comparison figures. */
  referenceValues: { code: string; municipalityCode: string; value: number }[];
  problems: KoladaProblem[];
}

/** Kolada's shares ("Andel …", "… %") are percentages; everything else is a number. */
export function koladaAnswerType(title: string): 'NUMBER' | 'PERCENT' {
  return /(^|\s)andel(\s|$)|%/i.test(title) ? 'PERCENT' : 'NUMBER';
}

/**
 * Reads a document's envelope, then each entry of `values` on its own: a bad entry is reported
 * (with its position) and skipped, the others are still checked, so every problem shows at once.
 */
function readEntries<T extends z.ZodType>(
  entry: T,
  document: KoladaDocument,
  problems: KoladaProblem[],
): { entry: z.output<T>; position: number }[] {
  const report = (row: number | null, issue: z.core.$ZodIssue, data: unknown) => {
    const column = `${document.name}: ${issue.path.map(String).join('.') || '(document)'}`;
    problems.push({
      row,
      column,
      ...importProblemOf(issue, column, valueAt(data, issue.path)),
      message: issue.message,
    });
  };
  const page = envelope(z.unknown()).safeParse(document.content);
  if (!page.success) {
    for (const issue of page.error.issues) report(null, issue, document.content);
    return [];
  }
  return page.data.values.flatMap((value, index) => {
    const result = entry.safeParse(value);
    if (result.success) return [{ entry: result.data, position: index + 1 }];
    for (const issue of result.error.issues) report(index + 1, issue, value);
    return [];
  });
}

/**
 * KPI metadata + data pages → an indicator set (one NUMBER/PERCENT indicator per KPI, national
 * reference = the nation's total for the year) and the municipalities' totals. Data rows of
 * other years are ignored (Kolada answers several years at once); data for a KPI missing from the
 * metadata is a problem. Every problem is reported, nothing is dropped silently.
 */
export function readKolada(input: {
  kpis: KoladaDocument[];
  data: KoladaDocument[];
  key: string;
  title: string;
  area: string;
  year: number;
  source?: string | null;
}): KoladaImport {
  const problems: KoladaProblem[] = [];
  const kpis = input.kpis.flatMap((doc) =>
    readEntries(koladaKpiSchema, doc, problems).map(({ entry }) => entry),
  );
  const pages = input.data.map((doc) => ({ doc, rows: readEntries(koladaDataRowSchema, doc, problems) }));
  if (input.kpis.length === 0)
    problems.push({
      row: null,
      column: null,
      code: 'KOLADA_KPI_FILE_MISSING',
      params: {},
      message: 'Add the KPI metadata (/kpi)',
    });
  if (input.data.length === 0)
    problems.push({
      row: null,
      column: null,
      code: 'KOLADA_DATA_FILE_MISSING',
      params: {},
      message: 'Add at least one data file',
    });

  const national = new Map<string, number>();
  const referenceValues: KoladaImport['referenceValues'] = [];
  const known = new Set(kpis.map((kpi) => kpi.id));
  for (const { doc, rows } of pages) {
    for (const { entry: row, position } of rows) {
      // Without metadata every row would be "unknown": the one missing-metadata problem says it all.
      if (!known.has(row.kpi) && input.kpis.length > 0) {
        problems.push({
          row: position,
          column: `${doc.name}: kpi`,
          code: 'KOLADA_UNKNOWN_KPI',
          params: { kpi: row.kpi },
          message: `KPI ${row.kpi} is not in the KPI metadata`,
        });
        continue;
      }
      if (!known.has(row.kpi) || row.period !== input.year) continue;
      const total = row.values.find((v) => v.gender === 'T')?.value;
      if (total === null || total === undefined) continue;
      if (row.municipality === KOLADA_NATION) national.set(row.kpi, total);
      else referenceValues.push({ code: row.kpi, municipalityCode: row.municipality, value: total });
    }
  }

  const indicators = kpis.map((kpi) => {
    const answerType = koladaAnswerType(kpi.title);
    return {
      code: kpi.id,
      text: kpi.title,
      guidance: kpi.description?.trim() || null,
      section: kpi.operating_area?.trim() || null,
      answerType,
      unit: answerType === 'PERCENT' ? '%' : null,
      polarity: 'NEUTRAL' as const,
      nationalReference: national.get(kpi.id) ?? null,
    };
  });
  return {
    set: {
      key: input.key,
      title: input.title,
      area: input.area,
      year: input.year,
      source: input.source ?? 'Kolada',
      indicators,
    },
    referenceValues,
    problems,
  };
}
