/**
 * `npm run bench`: runs every bench in turn and prints its figures. Each bench module exports a
 * `run…Bench(log)` function; add yours to the list. `BENCH=realtime npm run bench` runs one.
 * Uses DATABASE_URL (else an embedded PostgreSQL) and REDIS_URL when set.
 */
import { runAnswersBench } from './answers.js';
import { runCompilationBench } from './compilation.js';
import { runExportsBench } from './exports.js';
import { runAnswersImportBench } from './answers-import.js';
import { runFirstLoadBench } from './first-load.js';
import { runImportBench } from './import.js';
import { runPageQueriesBench } from './page-queries.js';
import { runRealtimeBench } from './realtime.js';

const benches: Record<string, (log: (line: string) => void) => Promise<unknown>> = {
  realtime: runRealtimeBench,
  import: runImportBench,
  answers: runAnswersBench,
  compilation: runCompilationBench,
  exports: runExportsBench,
  'answers-import': runAnswersImportBench,
  pages: runPageQueriesBench,
  'first-load': runFirstLoadBench,
};

const only = process.env.BENCH?.split(',').filter(Boolean);
for (const [name, bench] of Object.entries(benches)) {
  if (only && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await bench((line) => console.log(line));
}
process.exit(0);
