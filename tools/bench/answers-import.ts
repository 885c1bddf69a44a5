/**
 * Answers file import bench (`BENCH=answers-import npm run bench`, or run this file alone).
 *
 * A municipality's head uploads a CSV of 10,000 answers (as Swedish Excel saves it: BOM, `;`,
 * decimal comma, ja/nej) through `POST /api/rounds/:id/answers/imports`: multipart upload, parse,
 * validation of every row against its question, and one transaction writing every answer and its
 * history row, the audit entry and the event. Baseline in the same run: PostgreSQL `COPY` of the
 * same file into a scratch table (no validation, no history: the floor for moving these bytes
 * into the database). Target: < 3 s per import.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { setUp } from './answers.js';
import { listen, runIfMain, withBenchDatabase } from './bench-database.js';

const ROWS = Number(process.env.BENCH_ANSWER_ROWS ?? 10_000);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 5);
const TARGET_MS = 3000;
/** setUp's survey: NUMBER questions BA-001…; the rest are added straight into the table. */
const SURVEY = 50;

export interface AnswersImportFigures {
  rows: number;
  fileKb: number;
  /** The first import: every answer new. */
  createMs: number;
  /** Later imports, every answer replaced (median of TRIALS), after two previews of the same file as warm-up. */
  replaceMedianMs: number;
  replaceMaxMs: number;
  copyMedianMs: number;
  /** Import (replace, median) / COPY (median). */
  ratio: number;
  targetMs: number;
}

const TYPES = ['NUMBER', 'PERCENT', 'YES_NO', 'TEXT'] as const;
const code = (i: number) =>
  i < SURVEY ? `BA-${String(i + 1).padStart(3, '0')}` : `BI-${String(i).padStart(5, '0')}`;
const typeOf = (i: number) => (i < SURVEY ? 'NUMBER' : TYPES[i % TYPES.length]);

/** One row per question; `trial` changes every value so that each import replaces them all. */
function csv(trial: number): Buffer {
  const cell = (i: number) => {
    switch (typeOf(i)) {
      case 'NUMBER':
        return `${i + trial},5`;
      case 'PERCENT':
        return `${(i + trial) % 100},25`;
      case 'YES_NO':
        return (i + trial) % 2 ? 'ja' : 'nej';
      default:
        return `"Svar ${trial}; rad ${i}"`;
    }
  };
  const lines = ['Kod;Svar;Kommentar'];
  for (let i = 0; i < ROWS; i++) lines.push(`${code(i)};${cell(i)};${i % 10 ? '' : `Uppskattat ${trial}`}`);
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

async function upload(
  url: string,
  token: string,
  roundId: string,
  municipalityId: string,
  file: Buffer,
  path: 'imports' | 'imports/preview' = 'imports',
) {
  const form = new FormData();
  form.append('file', new Blob([file]), 'svar.csv');
  form.append('municipalityId', municipalityId);
  const started = performance.now();
  const response = await fetch(`${url}/api/rounds/${roundId}/answers/${path}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { answers?: number };
  const ms = performance.now() - started;
  if (response.status >= 300 || body.answers !== ROWS)
    throw new Error(`import failed: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return ms;
}

async function copy(pool: pg.Pool, file: Buffer): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('TRUNCATE bench_answer_copy');
    const started = performance.now();
    await pipeline(
      Readable.from([file]),
      client.query(
        copyFrom(
          `COPY bench_answer_copy (code, value, comment) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';')`,
        ),
      ),
    );
    return performance.now() - started;
  } finally {
    client.release();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runAnswersImportBench(
  log: (line: string) => void = console.log,
): Promise<AnswersImportFigures> {
  return withBenchDatabase('answers_import', async ({ databaseUrl, envFor }) => {
    const { app, url } = await listen(envFor(''), databaseUrl);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      const { head, roundId, municipalityId } = await setUp(url, SURVEY);
      // a survey of ROWS questions (a set may be imported with 2,000 at most): the rest straight in
      await pool.query(
        `INSERT INTO indicators (indicator_set_id, position, code, text, answer_type)
         SELECT r.indicator_set_id, n, 'BI-' || lpad(n::text, 5, '0'), 'Fråga ' || n,
                (ARRAY['NUMBER', 'PERCENT', 'YES_NO', 'TEXT'])[1 + n % 4]
           FROM rounds r, generate_series($2::int, $3::int - 1) AS n WHERE r.id = $1`,
        [roundId, SURVEY, ROWS],
      );
      await pool.query(`CREATE TABLE bench_answer_copy (code text, value text, comment text)`);

      const first = csv(0);
      // warm-up: the same parse and validation (a preview stores nothing), so JIT is not what is timed
      for (let i = 0; i < 2; i++) await upload(url, head, roundId, municipalityId, first, 'imports/preview');
      const createMs = await upload(url, head, roundId, municipalityId, first);
      const replace: number[] = [];
      const copies: number[] = [];
      for (let trial = 1; trial <= TRIALS; trial++) {
        const file = csv(trial);
        replace.push(await upload(url, head, roundId, municipalityId, file));
        copies.push(await copy(pool, file));
      }
      const figures: AnswersImportFigures = {
        rows: ROWS,
        fileKb: Math.round(first.length / 1024),
        createMs: round(createMs),
        replaceMedianMs: round(median(replace)),
        replaceMaxMs: round(Math.max(...replace)),
        copyMedianMs: round(median(copies)),
        ratio: Math.round((median(replace) / median(copies)) * 10) / 10,
        targetMs: TARGET_MS,
      };
      const met = Math.max(createMs, ...replace) < TARGET_MS;
      log(
        `answers CSV import of ${ROWS} rows (${figures.fileKb} KB), first import then ${TRIALS} replacing every answer\n` +
          `  API import (upload, parse, validate, one transaction)  create ${figures.createMs} ms` +
          `  replace median ${figures.replaceMedianMs} ms  max ${figures.replaceMaxMs} ms` +
          `  (target < ${TARGET_MS} ms: ${met ? 'met' : 'MISSED'})\n` +
          `  PostgreSQL COPY of the same file into a scratch table  median ${figures.copyMedianMs} ms\n` +
          `  import / COPY ${figures.ratio}×  (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
      );
      return figures;
    } finally {
      await pool.end();
      await app.close();
    }
  });
}

runIfMain(import.meta.url, () => runAnswersImportBench());
