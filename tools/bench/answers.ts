/**
 * saveAnswer bench (`BENCH=answers npm run bench`, or run this file alone).
 *
 * 50 concurrent clients (one per question of a 50-question survey, as a municipality's editors
 * filling in a form together) save over and over through the GraphQL API, each with the version
 * it got back: the whole path (auth, zod, policy, round and status locks, row lock, version check,
 * history row, event log, commit, delivery). Baseline in the same run: raw `pg` UPDATE + INSERT
 * of the same rows from 50 pooled connections. Targets: ≥ 500 saves/s and p99 < 50 ms.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { graphqlClient, listen, runIfMain, withBenchDatabase } from './bench-database.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SAVES_PER_CLIENT = Number(process.env.BENCH_SAVES ?? 20);
const TARGET_RATE = 500;
const TARGET_P99_MS = 50;

export interface AnswerFigures {
  clients: number;
  saves: number;
  api: { perSecond: number; p50Ms: number; p99Ms: number };
  raw: { perSecond: number; p50Ms: number; p99Ms: number };
  /** API throughput as a share of raw SQL's. */
  ratio: number;
}

const SAVE = `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { id version } }`;

/** A new account's access token; its e-mail address is `email` (an invitation must go to it). */
async function register(gql: ReturnType<typeof graphqlClient>, who: string, email?: string) {
  const { register: session } = await gql(
    `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
    {
      input: {
        email: email ?? `bench-answers-${who}-${randomBytes(3).toString('hex')}@bench.samrad.se`,
        password: 'correct horse battery',
        displayName: `Bench ${who}`,
      },
    },
  );
  return session.accessToken as string;
}

/** A network with one municipality, its head, and a round in ANSWERING on a survey of `count` questions. */
export async function setUp(url: string, count: number) {
  const gql = graphqlClient(url);
  const coordinator = await register(gql, 'coordinator');
  const headEmail = `head-${randomBytes(3).toString('hex')}@bench.samrad.se`;
  const head = await register(gql, 'head', headEmail);
  const { municipalities } = await gql(
    `query { municipalities(country: SE, search: "Solna") { id name } }`,
    {},
    coordinator,
  );
  const municipalityId = municipalities.find((m: { name: string }) => m.name === 'Solna').id as string;
  const { createNetwork } = await gql(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    { input: { name: 'Bench answers', municipalityIds: [municipalityId] } },
    coordinator,
  );
  const { inviteMember } = await gql(
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    {
      input: {
        networkId: createNetwork.id,
        email: headEmail,
        role: 'HEAD',
        municipalityId,
      },
    },
    coordinator,
  );
  await gql(
    `mutation($token: String!) { acceptInvitation(token: $token) { id } }`,
    { token: inviteMember.token },
    head,
  );
  const { importIndicatorSet: set } = await gql(
    `mutation($input: ImportIndicatorSetInput!) { importIndicatorSet(input: $input) { id indicators { id } } }`,
    {
      input: {
        key: `bench-answers-${randomBytes(3).toString('hex')}`,
        title: 'Bench answers',
        area: 'Bench',
        year: 2026,
        indicators: Array.from({ length: count }, (_, i) => ({
          code: `BA-${String(i + 1).padStart(3, '0')}`,
          text: `Antal ${i + 1}`,
          answerType: 'NUMBER',
        })),
      },
    },
    coordinator,
  );
  const { createRound } = await gql(
    `mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`,
    { input: { networkId: createNetwork.id, indicatorSetId: set.id, title: 'Bench' } },
    coordinator,
  );
  for (const phase of ['INTERPRETATION', 'ANSWERING'])
    await gql(
      `mutation($id: ID!, $phase: RoundPhase!) { setRoundPhase(roundId: $id, phase: $phase) { id } }`,
      { id: createRound.id, phase },
      coordinator,
    );
  return {
    head,
    roundId: createRound.id as string,
    municipalityId,
    indicatorIds: set.indicators.map((i: { id: string }) => i.id) as string[],
  };
}

function summary(latencies: number[], wallMs: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    perSecond: Math.round((latencies.length / wallMs) * 1000),
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
  };
}

/** Runs `clients` loops of `saves` timed calls each, all at once. */
async function concurrently(
  clients: number,
  saves: number,
  call: (client: number, i: number) => Promise<void>,
) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < saves; i++) {
        const t0 = performance.now();
        await call(client, i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return summary(latencies, performance.now() - started);
}

export async function runAnswersBench(log: (line: string) => void = console.log): Promise<AnswerFigures> {
  return withBenchDatabase('answers', async ({ databaseUrl, envFor }) => {
    const { app, url } = await listen(envFor(''), databaseUrl);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: CLIENTS });
    try {
      const { head, roundId, municipalityId, indicatorIds } = await setUp(url, CLIENTS);
      const gql = graphqlClient(url);
      const versions = new Map<number, { id: string; version: number }>();
      const save = async (client: number, i: number) => {
        const known = versions.get(client);
        const { saveAnswer } = await gql(
          SAVE,
          {
            input: {
              roundId,
              municipalityId,
              indicatorId: indicatorIds[client],
              value: { number: client * 1000 + i },
              expectedVersion: known?.version,
            },
          },
          head,
        );
        versions.set(client, saveAnswer);
      };
      await concurrently(CLIENTS, 2, save); // warm-up: creates the answers
      const api = await concurrently(CLIENTS, SAVES_PER_CLIENT, save);

      // Baseline: the same rows, the same two statements per save, straight through pg.
      const raw = await concurrently(CLIENTS, SAVES_PER_CLIENT, async (client, i) => {
        const answer = versions.get(client)!;
        const db = await pool.connect();
        try {
          await db.query('BEGIN');
          const { rows } = await db.query(
            `UPDATE answers SET value_number = $2, updated_at = now(), version = version + 1
              WHERE id = $1 AND version = $3 RETURNING version`,
            [answer.id, client * 1000 + i + 0.5, answer.version],
          );
          await db.query(
            `INSERT INTO answer_history (answer_id, version, kind, new_value, new_status) VALUES ($1, $2, 'SAVED', $3, 'DRAFT')`,
            [answer.id, rows[0].version, JSON.stringify({ number: client * 1000 + i + 0.5 })],
          );
          await db.query('COMMIT');
          answer.version = rows[0].version;
        } finally {
          db.release();
        }
      });
      const figures: AnswerFigures = {
        clients: CLIENTS,
        saves: CLIENTS * SAVES_PER_CLIENT,
        api,
        raw,
        ratio: Math.round((api.perSecond / raw.perSecond) * 100) / 100,
      };
      const met = api.perSecond >= TARGET_RATE && api.p99Ms < TARGET_P99_MS;
      log(
        `saveAnswer, ${CLIENTS} concurrent clients × ${SAVES_PER_CLIENT} saves (after 2 warm-up saves each)\n` +
          `  API (GraphQL)        ${api.perSecond} saves/s  p50 ${api.p50Ms} ms  p99 ${api.p99Ms} ms` +
          `  (target ≥ ${TARGET_RATE}/s, p99 < ${TARGET_P99_MS} ms: ${met ? 'met' : 'MISSED'})\n` +
          `  raw pg UPDATE+INSERT ${raw.perSecond} saves/s  p50 ${raw.p50Ms} ms  p99 ${raw.p99Ms} ms\n` +
          `  API / raw throughput ${figures.ratio}`,
      );
      return figures;
    } finally {
      await pool.end();
      await app.close();
    }
  });
}

runIfMain(import.meta.url, () => runAnswersBench());
