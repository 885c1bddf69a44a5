/**
 * Compilation bench (`BENCH=compilation npm run bench`, or run this file alone).
 *
 * On the national data set (apps/api/test/national-dataset.ts: 290 municipalities × 150 questions,
 * two years, all submitted): `round.compilation` over GraphQL as the matrix asks for it (every cell's
 * value, change and previous value, every row's summary, reference and leaders), p50 and p99 of
 * sequential requests, and the response's size; against one hand-written SQL query through `pg`
 * returning the same figures, in the same run. Targets: p50 < 150 ms and GraphQL ≤ 3× SQL.
 * `BENCH_EXPLAIN=1` prints EXPLAIN ANALYZE of the SQL query (docs/performance.md).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { compileRound } from '../../apps/api/src/compilation/compilation.service.js';
import { Loaders } from '../../apps/api/src/common/loaders.js';
import { roundById } from '../../apps/api/src/rounds/rounds.loaders.js';
import { dataSourceOptions } from '../../apps/api/src/database/data-source.js';
import { loadNationalDataset } from '../../apps/api/test/national-dataset.js';
import { graphqlClient, runIfMain, withBenchDatabase } from './bench-database.js';
import { cpuMs, startApi } from './page-queries.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TARGET_P50_MS = 150;
const TARGET_RATIO = 3;

/** The matrix's selection: what the web's compilation page needs for every cell and row. */
export const MATRIX_QUERY = `query($id: ID!) { round(id: $id) { compilation {
  municipalities { id code name }
  rows {
    indicator { id }
    agreedInterpretation { id }
    nationalReference
    summary { answered expected yesShare mean median min max distribution { option count } }
    leaders { id }
    cells { hidden change value { boolean number text choice } previousValue { boolean number text choice } }
  }
} } }`;

/**
 * The same figures in one statement: per question (in order) the summary, the agreed
 * interpretation, the leaders (rank ≤ 3 by polarity, none for NEUTRAL or when all are equal), the
 * CHOICE distribution and every member's cell (value, previous value by code) as JSON.
 */
export const MATRIX_SQL = `
WITH members AS (
  SELECT m.id, m.search_name, row_number() OVER (ORDER BY m.search_name) AS col
    FROM network_municipalities nm JOIN municipalities m ON m.id = nm.municipality_id
   WHERE nm.network_id = $2
), questions AS (
  SELECT i.* FROM indicators i WHERE i.indicator_set_id = $3
), cur AS (
  SELECT a.indicator_id, a.municipality_id, a.value_boolean, a.value_number, a.value_text, a.value_choice,
         CASE q.answer_type WHEN 'YES_NO' THEN a.value_boolean::int::float8
              WHEN 'NUMBER' THEN a.value_number WHEN 'PERCENT' THEN a.value_number END AS n,
         q.polarity
    FROM answers a JOIN questions q ON q.id = a.indicator_id
   WHERE a.round_id = $1
), ranked AS (
  SELECT cur.*, rank() OVER (PARTITION BY indicator_id
           ORDER BY CASE polarity WHEN 'LOWER_IS_BETTER' THEN n ELSE -n END) AS place,
         count(n) OVER (PARTITION BY indicator_id) AS valued,
         min(n) OVER (PARTITION BY indicator_id) AS lo, max(n) OVER (PARTITION BY indicator_id) AS hi
    FROM cur
), prev AS (
  SELECT pi.code, a.municipality_id, a.value_boolean, a.value_number, a.value_text, a.value_choice
    FROM answers a JOIN indicators pi ON pi.id = a.indicator_id
   WHERE a.round_id = $4
 ), choices AS (
  SELECT indicator_id, value_choice, count(*) AS n FROM cur WHERE value_choice IS NOT NULL GROUP BY 1, 2
), dist AS (
  SELECT q.id, json_agg(json_build_object('option', u.o, 'count', coalesce(c.n, 0)) ORDER BY u.k) AS distribution
    FROM questions q CROSS JOIN LATERAL unnest(q.options) WITH ORDINALITY AS u(o, k)
    LEFT JOIN choices c ON c.indicator_id = q.id AND c.value_choice = u.o
   WHERE q.answer_type = 'CHOICE' GROUP BY q.id
)
SELECT q.id, q.code, q.answer_type, q.national_reference,
       (SELECT p.id FROM interpretation_proposals p
         WHERE p.round_id = $1 AND p.indicator_id = q.id AND p.status = 'AGREED') AS agreed_id,
       count(r.municipality_id) AS answered,
       (SELECT count(*) FROM members) AS expected,
       CASE WHEN q.answer_type = 'YES_NO' THEN avg(r.n) END AS yes_share,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN avg(r.n) END AS mean,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT')
            THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY r.n) END AS median,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN min(r.n) END AS min,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN max(r.n) END AS max,
       (SELECT d.distribution FROM dist d WHERE d.id = q.id) AS distribution,
       coalesce(array_agg(r.municipality_id ORDER BY r.place, mb.col) FILTER (
         WHERE q.polarity <> 'NEUTRAL' AND r.valued >= 2 AND r.lo < r.hi AND r.place <= 3), '{}') AS leaders,
       json_agg(json_build_object(
         'm', mb.id, 'b', r.value_boolean, 'n', r.value_number, 't', r.value_text, 'c', r.value_choice,
         'pb', pv.value_boolean, 'pn', pv.value_number, 'pt', pv.value_text, 'pc', pv.value_choice,
         'change', CASE WHEN q.answer_type = 'YES_NO' THEN r.value_boolean::int - pv.value_boolean::int
                        WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN r.value_number - pv.value_number END
       ) ORDER BY mb.col) AS cells
  FROM questions q
  CROSS JOIN members mb
  LEFT JOIN ranked r ON r.indicator_id = q.id AND r.municipality_id = mb.id
  LEFT JOIN prev pv ON pv.code = q.code AND pv.municipality_id = mb.id
 GROUP BY q.id, q.code, q.answer_type, q.national_reference, q.polarity, q.options, q.position
 ORDER BY q.position`;

export interface CompilationFigures {
  cells: number;
  graphql: { p50Ms: number; p99Ms: number; bytes: number };
  sql: { p50Ms: number; p99Ms: number; bytes: number };
  service: { p50Ms: number; p99Ms: number };
  apiCpuMs: number;
  ratio: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(runs: number, work: () => Promise<number>) {
  for (let i = 0; i < 3; i++) await work(); // warm-up: JIT, plans, caches
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = await work();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50Ms: percentile(ms, 50), p99Ms: percentile(ms, 99), bytes };
}

export async function runCompilationBench(
  log: (line: string) => void = console.log,
): Promise<CompilationFigures> {
  return withBenchDatabase('compilation', async (db) => {
    // the API as its own process, as `npm start` runs it (NODE_ENV=production; it seeds the municipalities)
    const api = await startApi(db.databaseUrl, db.jwtSecret, process.env.BENCH_PROFILE);
    const url = api.url;
    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    const dataSource = await new DataSource(dataSourceOptions(db.databaseUrl)).initialize();
    try {
      const gql = graphqlClient(url);
      const { register } = await gql(
        `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
        {
          input: {
            email: `bench-compilation-${randomBytes(3).toString('hex')}@bench.samrad.se`,
            password: 'correct horse battery',
            displayName: 'Bench samordnare',
          },
        },
      );
      const loadStarted = performance.now();
      const data = await loadNationalDataset(client, { seed: 2026, coordinatorId: register.user.id });
      await client.query('ANALYZE');
      const [previous, current] = data.rounds;
      const cells = data.municipalities.length * current.indicators.length;
      log(
        `national data set: ${data.municipalities.length} municipalities × ${current.indicators.length} questions × 2 years, ` +
          `${previous.answers.size + current.answers.size} answers, loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
      );

      const body = JSON.stringify({ query: MATRIX_QUERY, variables: { id: current.id } });
      const cpuBefore = await cpuMs(api.pid);
      const graphql = await time(RUNS, async () => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${register.accessToken}` },
          body,
        });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) throw new Error(text.slice(0, 500));
        return Buffer.byteLength(text);
      });
      const apiCpuMs = ((await cpuMs(api.pid)) - cpuBefore) / (RUNS + 3);
      // where the time goes: the compilation service alone (its queries and the maths, no GraphQL)
      const service = await time(RUNS, async () => {
        const loaders = new Loaders(dataSource);
        const round = await loaders.of(roundById).load(current.id);
        const compiled = await compileRound(loaders, round!, [{ role: 'COORDINATOR', municipalityId: null }]);
        return compiled.rows.length;
      });
      const params = [current.id, data.networkId, current.indicatorSetId, previous.id];
      const sql = await time(RUNS, async () => {
        const { rows } = await client.query(MATRIX_SQL, params);
        return Buffer.byteLength(JSON.stringify(rows));
      });
      await sameFigures(gql, register.accessToken, current.id, client, params);
      const ratio = graphql.p50Ms / sql.p50Ms;
      log(
        `round.compilation over GraphQL (${cells} cells): p50 ${graphql.p50Ms.toFixed(1)} ms, p99 ${graphql.p99Ms.toFixed(1)} ms, response ${(graphql.bytes / 1024).toFixed(0)} KiB`,
      );
      log(`  API process CPU per request: ${apiCpuMs.toFixed(0)} ms`);
      log(`  of which the compilation service (its queries + maths): p50 ${service.p50Ms.toFixed(1)} ms`);
      log(
        `hand-written SQL through pg:          p50 ${sql.p50Ms.toFixed(1)} ms, p99 ${sql.p99Ms.toFixed(1)} ms, rows as JSON ${(sql.bytes / 1024).toFixed(0)} KiB`,
      );
      log(
        `ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'}; ` +
          `p50 target < ${TARGET_P50_MS} ms: ${graphql.p50Ms < TARGET_P50_MS ? 'met' : 'MISSED'}`,
      );
      if (process.env.BENCH_EXPLAIN) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${MATRIX_SQL}`, params);
        log(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return { cells, graphql, sql, service, apiCpuMs, ratio };
    } finally {
      await client.end();
      await dataSource.destroy();
      await api.stop();
    }
  });
}

const cellsByMunicipality = new WeakMap<object, Map<string, { change: number | null }>>();
/** A SQL row's cells by municipality id (built once per row). */
function sqlCells(sqlRow: { cells: { m: string; change: number | null }[] }) {
  let cells = cellsByMunicipality.get(sqlRow);
  if (!cells) cellsByMunicipality.set(sqlRow, (cells = new Map(sqlRow.cells.map((cell) => [cell.m, cell]))));
  return cells;
}

/** The bench compares like with like: the API's figures and the SQL's agree, row by row. */
async function sameFigures(
  gql: ReturnType<typeof graphqlClient>,
  token: string,
  roundId: string,
  client: pg.Client,
  params: unknown[],
) {
  const [{ round }, { rows }] = await Promise.all([
    gql(MATRIX_QUERY, { id: roundId }, token),
    client.query(MATRIX_SQL, params),
  ]);
  const close = (a: number | null, b: number | null) =>
    a === null ? b === null : b !== null && Math.abs(a - b) < 1e-6;
  round.compilation.rows.forEach((row: any, i: number) => {
    const sqlRow = rows[i];
    const same =
      row.indicator.id === sqlRow.id &&
      row.summary.answered === Number(sqlRow.answered) &&
      close(row.summary.yesShare, sqlRow.yes_share) &&
      close(row.summary.mean, sqlRow.mean) &&
      close(row.summary.median, sqlRow.median) &&
      close(row.summary.min, sqlRow.min) &&
      close(row.summary.max, sqlRow.max) &&
      JSON.stringify(row.summary.distribution) ===
        JSON.stringify(
          sqlRow.distribution?.map((d: any) => ({ option: d.option, count: Number(d.count) })) ?? null,
        ) &&
      JSON.stringify(row.leaders.map((l: any) => l.id).sort()) ===
        JSON.stringify([...sqlRow.leaders].sort()) &&
      // cells follow the compilation's municipality order; the SQL's carry their municipality id
      row.cells.every((cell: any, k: number) =>
        close(cell.change, sqlCells(sqlRow).get(round.compilation.municipalities[k].id)?.change ?? null),
      );
    if (!same) {
      const apiLeaders = row.leaders.map((l: any) => l.id).sort();
      throw new Error(
        `GraphQL and SQL disagree on ${sqlRow.code}: ${JSON.stringify({
          leaders: { api: apiLeaders.length, sql: sqlRow.leaders.length },
        }).slice(0, 800)}`,
      );
    }
  });
}

runIfMain(import.meta.url, () => runCompilationBench());
