/**
 * Compilation bench (`BENCH=compilation npm run bench`, or run this file alone).
 *
 * On the national data set (apps/api/test/national-dataset.ts: 290 municipalities × 150 questions,
 * two years, all submitted): `round.compilation` over GraphQL as the matrix asks for it (every cell's
 * value, change and previous value, every row's summary, reference and leaders), p50 and p99 of
 * sequential requests, and the response's size; against one hand-written SQL query through `pg`
 * returning the same figures, in the same run. Targets: p50 < 150 ms and GraphQL ≤ 3× SQL. The API
 * keeps a round's values and figures between requests (compilation-grid.ts), so the timed requests
 * after the warm-up find them kept; the first request after a write (the round's stamp moved) is
 * timed apart. `BENCH_EXPLAIN=1` prints EXPLAIN ANALYZE of the SQL query (docs/performance.md).
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

/**
 * The matrix's selection, as the web's compilation page asks for it (apps/web/src/features/compilation):
 * every row's summary, reference, interpretation and leaders, and its cells in the compact form
 * (per column: the value, last year's value, the change; comments by column; hidden columns once).
 */
export const MATRIX_QUERY = `query($id: ID!) { round(id: $id) { compilation {
  municipalities { id code name }
  hiddenColumns
  rows {
    indicator { id }
    agreedInterpretation { id }
    nationalReference
    summary { answered expected yesShare mean median min max distribution { option count } }
    leaders { id }
    numbers texts previousNumbers previousTexts changes comments { column text }
  }
} } }`;

/** The contract's cell objects for the same matrix (what the web asked for before the compact lists). */
export const CELLS_QUERY = `query($id: ID!) { round(id: $id) { compilation {
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
 * The same figures in one statement, in the same compact form: per question (in order) the summary,
 * the agreed interpretation, the leaders (rank ≤ 3 by polarity, none for NEUTRAL or when all are
 * equal), the CHOICE distribution, and per member column (municipalities by name, as the API orders
 * them) the value, the previous value by code and the change as arrays; the comments by column; the
 * member ids once, on the first row. Answers are read once per round and joined to their column by
 * hash; each row's arrays are built from its own 290 cells.
 */
export const MATRIX_SQL = `
WITH members AS (
  SELECT m.id, (row_number() OVER (ORDER BY m.search_name))::int - 1 AS col
    FROM network_municipalities nm JOIN municipalities m ON m.id = nm.municipality_id
   WHERE nm.network_id = $2
), questions AS (
  SELECT i.id, i.code, i.position, i.answer_type, i.polarity, i.options, i.national_reference,
         i.answer_type IN ('TEXT', 'CHOICE') AS textual
    FROM indicators i WHERE i.indicator_set_id = $3
), cur AS (
  SELECT a.indicator_id, mb.col, a.comment, a.value_choice,
         CASE q.answer_type WHEN 'YES_NO' THEN a.value_boolean::int::float8
              WHEN 'NUMBER' THEN a.value_number WHEN 'PERCENT' THEN a.value_number END AS n,
         CASE q.answer_type WHEN 'TEXT' THEN a.value_text WHEN 'CHOICE' THEN a.value_choice END AS t
    FROM answers a JOIN questions q ON q.id = a.indicator_id JOIN members mb ON mb.id = a.municipality_id
   WHERE a.round_id = $1
), prev AS (
  SELECT q.id AS indicator_id, mb.col,
         CASE q.answer_type WHEN 'YES_NO' THEN a.value_boolean::int::float8
              WHEN 'NUMBER' THEN a.value_number WHEN 'PERCENT' THEN a.value_number END AS n,
         CASE q.answer_type WHEN 'TEXT' THEN a.value_text WHEN 'CHOICE' THEN a.value_choice END AS t
    FROM answers a JOIN indicators pi ON pi.id = a.indicator_id JOIN questions q ON q.code = pi.code
    JOIN members mb ON mb.id = a.municipality_id
   WHERE a.round_id = $4
), figures AS (
  SELECT indicator_id, count(*) AS answered, avg(n) AS mean, min(n) AS lo, max(n) AS hi, count(n) AS valued,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS median,
         array_agg(col ORDER BY col) FILTER (WHERE comment IS NOT NULL) AS comment_columns,
         array_agg(comment ORDER BY col) FILTER (WHERE comment IS NOT NULL) AS comment_texts
    FROM cur GROUP BY indicator_id
), ranked AS (
  SELECT cur.indicator_id, cur.col, rank() OVER (PARTITION BY cur.indicator_id
           ORDER BY CASE q.polarity WHEN 'LOWER_IS_BETTER' THEN cur.n ELSE -cur.n END) AS place
    FROM cur JOIN questions q ON q.id = cur.indicator_id
   WHERE q.polarity <> 'NEUTRAL' AND cur.n IS NOT NULL
), leaders AS (
  SELECT r.indicator_id, array_agg(mb.id ORDER BY r.place, r.col) AS ids
    FROM ranked r JOIN figures f USING (indicator_id) JOIN members mb ON mb.col = r.col
   WHERE r.place <= 3 AND f.valued >= 2 AND f.lo < f.hi GROUP BY r.indicator_id
), choices AS (
  SELECT indicator_id, value_choice, count(*) AS n FROM cur WHERE value_choice IS NOT NULL GROUP BY 1, 2
), dist AS (
  SELECT q.id, json_agg(json_build_object('option', u.o, 'count', coalesce(c.n, 0)) ORDER BY u.k) AS distribution
    FROM questions q CROSS JOIN LATERAL unnest(q.options) WITH ORDINALITY AS u(o, k)
    LEFT JOIN choices c ON c.indicator_id = q.id AND c.value_choice = u.o
   WHERE q.answer_type = 'CHOICE' GROUP BY q.id
), grid AS (
  SELECT q.id, array_agg(c.n ORDER BY mb.col) AS numbers, array_agg(c.t ORDER BY mb.col) AS texts,
         array_agg(p.n ORDER BY mb.col) AS previous_numbers, array_agg(p.t ORDER BY mb.col) AS previous_texts,
         array_agg(round((c.n - p.n)::numeric, 6)::float8 ORDER BY mb.col) AS changes
    FROM questions q CROSS JOIN members mb
    LEFT JOIN cur c ON c.indicator_id = q.id AND c.col = mb.col
    LEFT JOIN prev p ON p.indicator_id = q.id AND p.col = mb.col
   GROUP BY q.id
)
SELECT q.id, q.code, q.national_reference,
       (SELECT p.id FROM interpretation_proposals p
         WHERE p.round_id = $1 AND p.indicator_id = q.id AND p.status = 'AGREED') AS agreed_id,
       coalesce(f.answered, 0) AS answered, (SELECT count(*) FROM members) AS expected,
       CASE WHEN q.answer_type = 'YES_NO' THEN f.mean END AS yes_share,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN f.mean END AS mean,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN f.median END AS median,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN f.lo END AS min,
       CASE WHEN q.answer_type IN ('NUMBER', 'PERCENT') THEN f.hi END AS max,
       d.distribution, coalesce(l.ids, '{}') AS leaders,
       CASE WHEN NOT q.textual THEN g.numbers END AS numbers, CASE WHEN q.textual THEN g.texts END AS texts,
       CASE WHEN NOT q.textual THEN g.previous_numbers END AS previous_numbers,
       CASE WHEN q.textual THEN g.previous_texts END AS previous_texts, g.changes,
       coalesce(f.comment_columns, '{}') AS comment_columns, coalesce(f.comment_texts, '{}') AS comment_texts,
       CASE WHEN q.position = min(q.position) OVER () THEN (SELECT array_agg(id ORDER BY col) FROM members)
       END AS member_ids
  FROM questions q
  JOIN grid g ON g.id = q.id
  LEFT JOIN figures f ON f.indicator_id = q.id
  LEFT JOIN leaders l ON l.indicator_id = q.id
  LEFT JOIN dist d ON d.id = q.id
 ORDER BY q.position`;

export interface CompilationFigures {
  cells: number;
  graphql: { p50Ms: number; p99Ms: number; bytes: number };
  sql: { p50Ms: number; p99Ms: number; bytes: number };
  service: { p50Ms: number; p99Ms: number };
  /** The first request after a write (the round's stamp moved, nothing kept applies). */
  afterWrite: { p50Ms: number; p99Ms: number; apiCpuMs: number };
  apiCpuMs: number;
  ratio: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const summarise = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
};

async function time(runs: number, work: () => Promise<number>, warmUp = 3) {
  for (let i = 0; i < warmUp; i++) await work(); // JIT, plans, caches
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = await work();
    ms.push(performance.now() - started);
  }
  return { ...summarise(ms), ms, bytes };
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
      const cellCount = data.municipalities.length * current.indicators.length;
      log(
        `national data set: ${data.municipalities.length} municipalities × ${current.indicators.length} questions × 2 years, ` +
          `${previous.answers.size + current.answers.size} answers, loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
      );

      const request = (query: string) => {
        const body = JSON.stringify({ query, variables: { id: current.id } });
        return async () => {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${register.accessToken}` },
            body,
          });
          const text = await response.text();
          if (!response.ok || text.includes('"errors"')) throw new Error(text.slice(0, 500));
          return Buffer.byteLength(text);
        };
      };
      const params = [current.id, data.networkId, current.indicatorSetId, previous.id];
      const sqlRequest = async () => {
        const { rows } = await client.query(MATRIX_SQL, params);
        return Buffer.byteLength(JSON.stringify(rows));
      };
      // the cross-check first: a bench of wrong figures measures nothing
      await sameFigures(
        async () => {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${register.accessToken}` },
            body: JSON.stringify({ query: MATRIX_QUERY, variables: { id: current.id } }),
          });
          return response.text();
        },
        client,
        params,
      );
      // GraphQL and SQL take turns (ten requests each), so that a burst of load from other work on
      // the machine falls on both sides alike
      const graphqlMs: number[] = [];
      const sqlMs: number[] = [];
      let graphqlBytes = 0;
      let sqlBytes = 0;
      let apiCpu = 0;
      for (let i = 0; i < 3; i++) await Promise.all([request(MATRIX_QUERY)(), sqlRequest()]); // warm-up
      for (let done = 0; done < RUNS; done += 10) {
        const batch = Math.min(10, RUNS - done);
        const cpuBefore = await cpuMs(api.pid);
        const g = await time(batch, request(MATRIX_QUERY), 0);
        apiCpu += (await cpuMs(api.pid)) - cpuBefore;
        const q = await time(batch, sqlRequest, 0);
        graphqlMs.push(...g.ms);
        sqlMs.push(...q.ms);
        graphqlBytes = g.bytes;
        sqlBytes = q.bytes;
      }
      const graphql = { ...summarise(graphqlMs), bytes: graphqlBytes };
      const sql = { ...summarise(sqlMs), bytes: sqlBytes };
      const apiCpuMs = apiCpu / RUNS;
      // the first compilation after a write: the round's stamp moves (as every save's event moves it),
      // so the API reads the round's answers again and computes everyone's figures afresh
      const coldCpuBefore = await cpuMs(api.pid);
      const cold = await time(
        Math.min(RUNS, 10),
        async () => {
          await client.query(
            `INSERT INTO room_sequences (room, last_seq) VALUES ($1, 1)
             ON CONFLICT (room) DO UPDATE SET last_seq = room_sequences.last_seq + 1`,
            [`round:${current.id}`],
          );
          return request(MATRIX_QUERY)();
        },
        0,
      );
      const coldCpuMs = ((await cpuMs(api.pid)) - coldCpuBefore) / Math.min(RUNS, 10);
      // where the time goes: the compilation service alone (its queries and the maths, no GraphQL)
      const service = await time(RUNS, async () => {
        const loaders = new Loaders(dataSource);
        const round = await loaders.of(roundById).load(current.id);
        const compiled = await compileRound(loaders, round!, [{ role: 'COORDINATOR', municipalityId: null }]);
        return compiled.rows.length;
      });
      // the contract's cell objects for the same matrix (what the web asked before the compact lists)
      const cells = process.env.BENCH_CELLS ? await time(Math.min(RUNS, 10), request(CELLS_QUERY)) : null;
      const ratio = graphql.p50Ms / sql.p50Ms;
      log(
        `round.compilation over GraphQL, compact (${cellCount} cells): p50 ${graphql.p50Ms.toFixed(1)} ms, p99 ${graphql.p99Ms.toFixed(1)} ms, response ${(graphql.bytes / 1024).toFixed(0)} KiB`,
      );
      log(`  API process CPU per request: ${apiCpuMs.toFixed(0)} ms`);
      log(`  of which the compilation service (its queries + maths): p50 ${service.p50Ms.toFixed(1)} ms`);
      log(
        `  the first request after a write (the round's stamp moved): p50 ${cold.p50Ms.toFixed(1)} ms, p99 ${cold.p99Ms.toFixed(1)} ms, API CPU ${coldCpuMs.toFixed(0)} ms`,
      );
      if (cells)
        log(
          `  the same matrix as contract cell objects: p50 ${cells.p50Ms.toFixed(1)} ms, p99 ${cells.p99Ms.toFixed(1)} ms, response ${(cells.bytes / 1024).toFixed(0)} KiB`,
        );
      log(
        `hand-written SQL through pg, compact:  p50 ${sql.p50Ms.toFixed(1)} ms, p99 ${sql.p99Ms.toFixed(1)} ms, rows as JSON ${(sql.bytes / 1024).toFixed(0)} KiB`,
      );
      log(
        `ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'}; ` +
          `p50 target < ${TARGET_P50_MS} ms: ${graphql.p50Ms < TARGET_P50_MS ? 'met' : 'MISSED'}`,
      );
      if (process.env.BENCH_EXPLAIN) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${MATRIX_SQL}`, params);
        log(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return {
        cells: cellCount,
        graphql,
        sql,
        service,
        afterWrite: { p50Ms: cold.p50Ms, p99Ms: cold.p99Ms, apiCpuMs: coldCpuMs },
        apiCpuMs,
        ratio,
      };
    } finally {
      await client.end();
      await dataSource.destroy();
      await api.stop();
    }
  });
}

/**
 * The bench compares like with like: the API's figures and the SQL's agree, row by row and cell by
 * cell (summary, distribution, leaders, every value, previous value, change and comment). The two
 * order their columns the same way, but the check matches them by municipality id all the same.
 */
async function sameFigures(ask: () => Promise<string>, client: pg.Client, params: unknown[]) {
  const [text, { rows }] = await Promise.all([ask(), client.query(MATRIX_SQL, params)]);
  const body = JSON.parse(text) as { data?: { round: any }; errors?: unknown };
  if (body.errors || !body.data?.round) throw new Error(`GraphQL failed: ${text.slice(0, 500)}`);
  const { round } = body.data;
  const { compilation } = round;
  const sqlColumn = new Map<string, number>(rows[0].member_ids.map((id: string, i: number) => [id, i]));
  const columns: number[] = compilation.municipalities.map((m: { id: string }) => sqlColumn.get(m.id));
  if (columns.some((c) => c === undefined) || columns.length !== sqlColumn.size)
    throw new Error('GraphQL and SQL disagree on the members');
  const close = (a: number | null, b: number | null) =>
    a === null ? b === null : b !== null && Math.abs(a - b) < 1e-6;
  const sameList = <T>(api: T[] | null, sql: T[] | null, same: (a: T, b: T) => boolean) =>
    api === null || sql === null ? api === sql : api.every((value, k) => same(value, sql[columns[k]]));
  if (compilation.rows.length !== rows.length) throw new Error('GraphQL and SQL disagree on the questions');
  compilation.rows.forEach((row: any, i: number) => {
    const sqlRow = rows[i];
    const comments = new Map<number, string>(
      sqlRow.comment_columns.map((c: number, k: number) => [c, sqlRow.comment_texts[k]]),
    );
    const problems = Object.entries({
      question: row.indicator.id === sqlRow.id,
      agreed: (row.agreedInterpretation?.id ?? null) === sqlRow.agreed_id,
      reference: close(row.nationalReference, sqlRow.national_reference),
      answered: row.summary.answered === Number(sqlRow.answered),
      expected: row.summary.expected === Number(sqlRow.expected),
      summary:
        close(row.summary.yesShare, sqlRow.yes_share) &&
        close(row.summary.mean, sqlRow.mean) &&
        close(row.summary.median, sqlRow.median) &&
        close(row.summary.min, sqlRow.min) &&
        close(row.summary.max, sqlRow.max),
      distribution:
        JSON.stringify(row.summary.distribution) ===
        JSON.stringify(
          sqlRow.distribution?.map((d: any) => ({ option: d.option, count: Number(d.count) })) ?? null,
        ),
      leaders:
        JSON.stringify(row.leaders.map((l: any) => l.id).sort()) ===
        JSON.stringify([...sqlRow.leaders].sort()),
      numbers: sameList(row.numbers, sqlRow.numbers, close),
      texts: sameList(row.texts, sqlRow.texts, (a, b) => a === b),
      previousNumbers: sameList(row.previousNumbers, sqlRow.previous_numbers, close),
      previousTexts: sameList(row.previousTexts, sqlRow.previous_texts, (a, b) => a === b),
      changes: sameList(row.changes, sqlRow.changes, close),
      comments:
        row.comments.length === comments.size &&
        row.comments.every((c: any) => comments.get(columns[c.column]) === c.text),
      hidden: compilation.hiddenColumns.length === 0, // the coordinator sees every answer
    }).filter(([, same]) => !same);
    if (problems.length)
      throw new Error(
        `GraphQL and SQL disagree on ${sqlRow.code}: ${problems.map(([what]) => what).join(', ')}`,
      );
  });
}

runIfMain(import.meta.url, () => runCompilationBench());
