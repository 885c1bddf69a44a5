/**
 * Export bench (`BENCH=exports npm run bench`, or run this file alone).
 *
 * On the national data set (apps/api/test/national-dataset.ts: 290 municipalities × 150 questions,
 * two years): the compilation's CSV, Excel and PDF downloads over HTTP as the coordinator asks for
 * them (`GET /api/rounds/:id/compilation/export`), each timed from request to last byte, median and
 * worst of BENCH_EXPORT_RUNS runs, with the file's size and (PDF) pages. Target: < 5 s for XLSX
 * and PDF. Besides the wall time, the CPU time this process spent (the API runs in it): on a
 * loaded machine the wall time measures the neighbours too. `BENCH_EXPORT_DIR=/tmp/x` keeps the files.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { seedMunicipalities } from '../../apps/api/src/municipalities/municipalities.seed.js';
import { loadNationalDataset } from '../../apps/api/test/national-dataset.js';
import { graphqlClient, listen, runIfMain, withBenchDatabase } from './bench-database.js';

const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const TARGET_MS = 5000;

export interface ExportFigures {
  format: string;
  p50Ms: number;
  maxMs: number;
  bytes: number;
}

export async function runExportsBench(log: (line: string) => void = console.log): Promise<ExportFigures[]> {
  return withBenchDatabase('exports', async (db) => {
    // exports of the whole nation are slow requests by design: no warning per request
    const { app, url } = await listen({ ...db.envFor(''), LOG_LEVEL: 'error' }, db.databaseUrl);
    try {
      const dataSource = app.get<DataSource>(getDataSourceToken());
      await seedMunicipalities(dataSource);
      const { register } = await graphqlClient(url)(
        `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
        {
          input: {
            email: `bench-exports-${randomBytes(3).toString('hex')}@bench.samrad.se`,
            password: 'correct horse battery',
            displayName: 'Bench samordnare',
          },
        },
      );
      const data = await loadNationalDataset(dataSource, { seed: 2026, coordinatorId: register.user.id });
      await dataSource.query('ANALYZE');
      const round = data.rounds[1];
      log(
        `national data set: ${data.municipalities.length} municipalities × ${round.indicators.length} questions × 2 years; ${RUNS} runs per format`,
      );
      const figures: ExportFigures[] = [];
      for (const format of ['csv', 'xlsx', 'pdf']) {
        const ms: number[] = [];
        const cpu: number[] = [];
        let body = Buffer.alloc(0);
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          const cpuBefore = process.cpuUsage();
          const response = await fetch(
            `${url}/api/rounds/${round.id}/compilation/export?format=${format}&lang=sv`,
            {
              headers: { authorization: `Bearer ${register.accessToken}` },
            },
          );
          body = Buffer.from(await response.arrayBuffer());
          if (!response.ok) throw new Error(`${format}: ${response.status} ${body.toString().slice(0, 300)}`);
          ms.push(performance.now() - started);
          const used = process.cpuUsage(cpuBefore);
          cpu.push((used.user + used.system) / 1000);
        }
        ms.sort((a, b) => a - b);
        cpu.sort((a, b) => a - b);
        const p50Ms = ms[Math.floor(ms.length / 2)];
        const maxMs = ms[ms.length - 1];
        const pages =
          format === 'pdf'
            ? `, ${body.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? '?'} pages`
            : '';
        const target =
          format === 'csv' ? '' : `; target < ${TARGET_MS / 1000} s: ${maxMs < TARGET_MS ? 'met' : 'MISSED'}`;
        log(
          `${format.toUpperCase().padEnd(4)} median ${(p50Ms / 1000).toFixed(2)} s, worst ${(maxMs / 1000).toFixed(2)} s ` +
            `(CPU of this process: median ${(cpu[Math.floor(cpu.length / 2)] / 1000).toFixed(2)} s), ` +
            `${(body.length / 1024 / 1024).toFixed(2)} MiB${pages}${target}`,
        );
        if (process.env.BENCH_EXPORT_DIR)
          await writeFile(join(process.env.BENCH_EXPORT_DIR, `national.${format}`), body);
        figures.push({ format, p50Ms, maxMs, bytes: body.length });
      }
      return figures;
    } finally {
      await app.close();
    }
  });
}

runIfMain(import.meta.url, () => runExportsBench());
