/**
 * File import bench (`BENCH=import npm run bench`, or run this file alone).
 *
 * Generates a 500-indicator Excel workbook and uploads it through `POST /api/catalogue/imports`
 * (multipart upload, parse, validate, store in one transaction) as a coordinator would, timing
 * each request end to end over loopback. Target: well under 2 s per import.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { INDICATOR_COLUMNS } from '../../apps/api/src/catalogue/imports/import-columns.js';
import { graphqlClient, listen, runIfMain, withBenchDatabase } from './bench-database.js';

const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 500);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 10);
const WARMUP = 2;
const TARGET_MS = 2000;

export interface ImportFigures {
  indicators: number;
  fileKb: number;
  trials: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  targetMs: number;
}

const TYPES = ['YES_NO', 'CHOICE', 'NUMBER', 'PERCENT', 'TEXT'] as const;

/** A realistic questionnaire: every answer type, guidance text, options, references. */
async function workbook(count: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Indikatorer');
  sheet.addRow([...INDICATOR_COLUMNS]);
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length];
    sheet.addRow([
      `B-${String(i + 1).padStart(4, '0')}`,
      `Fråga ${i + 1}: hur arbetar nämnden med samverkan, uppföljning och brukarinflytande inom området?`,
      i % 3 === 0
        ? 'Svara utifrån läget den 1 november. Räkna med alla verksamheter i egen regi och på entreprenad.'
        : null,
      `Avsnitt ${Math.floor(i / 25) + 1}`,
      type,
      type === 'CHOICE' ? 'Alltid|Ofta|Sällan|Aldrig' : null,
      type === 'PERCENT' ? '%' : type === 'NUMBER' ? 'personer' : null,
      i % 2 ? 'HIGHER_IS_BETTER' : 'NEUTRAL',
      type === 'PERCENT' ? 40 + (i % 50) + 0.5 : type === 'NUMBER' ? i * 3 : null,
    ]);
  }
  book.addWorksheet('Set').addRows([
    ['key', 'bench-import'],
    ['title', `Bench ${count} frågor`],
    ['area', 'Bench'],
    ['year', 2026],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function coordinatorToken(url: string): Promise<string> {
  const gql = graphqlClient(url);
  const { register } = await gql(
    `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`,
    {
      input: {
        email: `bench-import-${randomBytes(3).toString('hex')}@bench.samrad.se`,
        password: 'correct horse battery',
        displayName: 'Bench coordinator',
      },
    },
  );
  await gql(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    { input: { name: 'Bench import network' } },
    register.accessToken,
  );
  return register.accessToken;
}

async function upload(url: string, token: string, file: Buffer): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([file]), 'bench.xlsx');
  const started = performance.now();
  const response = await fetch(`${url}/api/catalogue/imports`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { indicatorCount?: number };
  const ms = performance.now() - started;
  if (response.status !== 201 || body.indicatorCount !== INDICATORS)
    throw new Error(`import failed: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return ms;
}

export async function runImportBench(log: (line: string) => void = console.log): Promise<ImportFigures> {
  return withBenchDatabase('import', async ({ databaseUrl, envFor }) => {
    const { app, url } = await listen(envFor(''), databaseUrl);
    try {
      const token = await coordinatorToken(url);
      const file = await workbook(INDICATORS);

      const times: number[] = [];
      for (let i = 0; i < WARMUP + TRIALS; i++) {
        const ms = await upload(url, token, file); // each one stores the next version
        if (i >= WARMUP) times.push(ms);
      }
      const sorted = [...times].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
      const round = (ms: number) => Math.round(ms * 10) / 10;
      const figures: ImportFigures = {
        indicators: INDICATORS,
        fileKb: Math.round(file.length / 1024),
        trials: TRIALS,
        medianMs: round(at(0.5)),
        p95Ms: round(at(0.95)),
        maxMs: round(sorted.at(-1)!),
        targetMs: TARGET_MS,
      };
      log(
        `xlsx import of ${INDICATORS} indicators (${figures.fileKb} KB), ${TRIALS} uploads after ${WARMUP} warm-up\n` +
          `  upload+parse+validate+store  median ${figures.medianMs} ms  p95 ${figures.p95Ms} ms  max ${figures.maxMs} ms` +
          `  (target < ${TARGET_MS} ms: ${figures.p95Ms < TARGET_MS ? 'met' : 'MISSED'})`,
      );
      return figures;
    } finally {
      await app.close();
    }
  });
}

runIfMain(import.meta.url, () => runImportBench());
