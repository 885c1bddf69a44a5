import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { answerCases } from './cross-tenant/answers.cases.js';
import { catalogueCases } from './cross-tenant/catalogue.cases.js';
import { compilationCases } from './cross-tenant/compilation.cases.js';
import { HTTP_COVERED_ELSEWHERE, HTTP_NO_FOREIGN_ID, httpCases } from './cross-tenant/http.cases.js';
import { goalCases } from './cross-tenant/goals.cases.js';
import { discussionCases } from './cross-tenant/discussions.cases.js';
import { notificationCases } from './cross-tenant/notifications.cases.js';
import { interpretationCases } from './cross-tenant/interpretations.cases.js';
import { meetingCases } from './cross-tenant/meetings.cases.js';
import { networkCases } from './cross-tenant/networks.cases.js';
import { roundCases } from './cross-tenant/rounds.cases.js';
import {
  EMPTY_IN_WORLD,
  identifyingStrings,
  needsArguments,
  PUBLIC_FIELDS,
  reachableFields,
  selectionOf,
  TENANT_TYPES,
  wholeParts,
} from './cross-tenant/reach.js';
import { buildWorld, type Attempt, type CaseTable, type World } from './cross-tenant/world.js';
import { download } from './export-fixtures.js';
import { connectSocket } from './sockets.js';
import { RoomAccess } from '../src/realtime/room-access.js';
import { errorCode, startTestApp, type TestApp } from './test-app.js';

/**
 * The cross-tenant matrix. Every query and mutation of the schema is either listed below as
 * taking no foreign id (with the reason), or has a case: attempts by people of network B (and by
 * members of A lacking the role) on A's objects, each of which must be denied with NOT_FOUND or
 * FORBIDDEN, return no data, show nothing of A's data (the whole of it, as A's coordinator sees
 * it, minus what B sees of its own) and write nothing anywhere; the control (someone allowed)
 * must get data back. Fields of other types that take an id (typed ID, or named like one) need a
 * case too. Beyond the operations, the live schema is walked from the tenant-owned types
 * (cross-tenant/reach.ts): every field reachable from them gets a generated case through A's
 * objects, or needs an explicit public mark. A new operation or field without either fails.
 *
 * To add a feature's cases: write `cross-tenant/<feature>.cases.ts` (a CaseTable) and spread it
 * into CASES; add its tenant-owned types to TENANT_TYPES. Extend `buildWorld` when the cases need
 * more of A (a round, a goal, …).
 */
const CASES: CaseTable = {
  ...networkCases,
  ...roundCases,
  ...catalogueCases,
  ...interpretationCases,
  ...answerCases,
  ...compilationCases,
  ...goalCases,
  ...discussionCases,
  ...notificationCases,
  ...meetingCases,
};

/** Operations that name no object of a tenant, and why. */
const NO_FOREIGN_ID: Record<string, string> = {
  'Query.me': 'the caller only',
  'Query.networks': "the caller's own networks",
  'Query.myWork': "built from the caller's own memberships only",
  'Query.myCommitments':
    "built from the caller's own memberships only (network and municipality of each role)",
  'Query.municipalities': 'public reference data',
  'Mutation.register': 'public',
  'Mutation.login': 'public',
  'Mutation.refreshToken': "the caller's own session",
  'Mutation.logout': "the caller's own session",
  'Mutation.updateProfile': 'the caller only',
  'Mutation.createNetwork': 'creates a new tenant; municipality ids are public reference data',
  'Query.notifications': "the caller's own notifications only ('after' must be one of them)",
  'Query.unreadNotificationCount': "the caller's own notifications only",
  'Query.notificationPreferences': 'the caller only',
  'Mutation.setNotificationPreference': 'the caller only',
  'Query.indicatorSets':
    "national sets and the caller's networks' own; A's own never listed to B (catalogue-ownership.int-spec.ts)",
};

/** A room of A for every room kind a feature registers (a kind without one fails the matrix). */
const ROOMS: Record<string, (w: World) => string> = {
  network: ({ A }) => `network:${A.id}`,
  round: ({ A }) => `round:${A.interpretation.roundId}`,
  thread: ({ A }) => `thread:${A.discussion.threadId}`,
  goal: ({ A }) => `goal:${A.goal.id}`,
  // one's own room: A's viewer gets in, nobody else (not even A's coordinator, see notifications.int-spec)
  user: ({ A }) => `user:${A.viewer.id}`,
};

/** The values under `key` at the deepest level they occur (the field asked for, not a parent of the same name). */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key));
  if (!value || typeof value !== 'object') return [];
  const deeper = Object.values(value).flatMap((item) => valuesOf(item, key));
  if (deeper.length) return deeper;
  return key in value ? [(value as Record<string, unknown>)[key]] : [];
}

/** Does an argument carry an id, directly or inside an input object? */
function carriesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesId(field.type, seen));
}

/** An id typed as String or Int is still an id: judged by its name (`id`, `…Id`, `…Ids`, `token`). */
const namesAnId = (arg: GraphQLArgument) => /(^id$|Ids?$|^token$)/.test(arg.name);

function operationsNeedingCases(schema: GraphQLSchema): { operations: string[]; idFields: string[] } {
  const operations = [schema.getQueryType(), schema.getMutationType()]
    .filter((type) => type !== null && type !== undefined)
    .flatMap((type) => Object.keys(type.getFields()).map((name) => `${type.name}.${name}`));
  const idFields = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .filter((type) => type !== schema.getQueryType() && type !== schema.getMutationType())
    .flatMap((type) =>
      isObjectType(type)
        ? Object.values(type.getFields())
            .filter((field) =>
              field.args.some((arg: GraphQLArgument) => carriesId(arg.type) || namesAnId(arg)),
            )
            .map((field) => `${type.name}.${field.name}`)
        : [],
    );
  return { operations, idFields };
}

describe('cross-tenant matrix: B cannot reach A, X cannot act for Y', () => {
  let t: TestApp;
  let world: World;
  let countAll: () => Promise<Record<string, number>>;
  /** Every identifying string of A that B's people cannot see in B: none may appear in a refusal. */
  let secretsOfA: string[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    const tables: { tablename: string }[] = await t.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const sql = `SELECT ${tables.map(({ tablename }) => `(SELECT count(*)::int FROM "${tablename}") AS "${tablename}"`).join(', ')}`;
    countAll = async () => (await t.dataSource.query(sql))[0];

    // The whole of A as its coordinator sees it, minus what B's coordinator sees of B (shared
    // municipalities, the catalogue, role names): the rest is A's own and must never leak.
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const whole = async (network: string, round: string | null, as: string) => {
      const queries = [
        ...wholeParts(schema, 'Network').map((selection) => ({
          query: `query($id: ID!) { network(id: $id) { ${selection} } }`,
          id: network,
        })),
        ...(round
          ? wholeParts(schema, 'Round').map((selection) => ({
              query: `query($id: ID!) { round(id: $id) { ${selection} } }`,
              id: round,
            }))
          : []),
      ];
      const found = new Set<string>();
      for (const { query, id } of queries) {
        const result = await t.gql(query, { id }, as);
        expect({ query, errors: result.errors }).toEqual({ query, errors: undefined });
        identifyingStrings(result.data, found);
      }
      return found;
    };
    const ofA = await whole(world.A.id, world.A.roundId, world.A.coordinator.token);
    // and A's discussion: its thread, comments and their earlier texts
    const discussion = await t.gql(
      `query($id: ID!) { threads(subjectType: INDICATOR, subjectId: $id) {
         id title comments { id body hiddenReason history { body } } } }`,
      { id: world.A.discussion.subjectId },
      world.A.coordinator.token,
    );
    expect(discussion.errors).toBeUndefined();
    identifyingStrings(discussion.data, ofA);
    const ofB = await whole(world.B.id, null, world.B.coordinator.token);
    secretsOfA = [...ofA].filter((value) => !ofB.has(value));
    expect(secretsOfA).toEqual(
      expect.arrayContaining([
        world.A.name,
        world.A.viewer.email,
        world.A.roundId,
        world.A.discussion.threadId,
      ]),
    );
    // two networks, their members, rounds, invitations, a goal and a thread through the API: slow on a loaded machine
  }, 300_000);

  /** Runs one refused attempt and its control: refused, no data, nothing of A, nothing written; the control gets data. */
  async function refused(where: string, attempt: Attempt, controlData?: (data: any) => unknown) {
    const before = await countAll();
    const result = await t.gql(attempt.query, attempt.variables, attempt.as.token);
    const allowed: (string | undefined)[] = attempt.expect ?? ['NOT_FOUND'];
    const code = errorCode(result);
    expect({ where, code }).toEqual({ where, code: allowed.includes(code) ? code : allowed.join(' or ') });
    const data = Object.values(result.data ?? {});
    expect({ where, data }).toEqual({ where, data: data.map(() => null) });
    const payload = JSON.stringify(result);
    const leaked = secretsOfA.filter(
      (secret) => payload.includes(secret) && !attempt.discloses?.includes(secret),
    );
    expect({ where, leaked }).toEqual({ where, leaked: [] });
    expect({ where, counts: await countAll() }).toEqual({ where, counts: before });

    if (attempt.control) {
      const control = await t.gql(attempt.query, attempt.variables, attempt.control.token);
      const got = controlData ? controlData(control.data) : Object.values(control.data ?? {})[0];
      expect({
        where: `${where} (control)`,
        errors: control.errors,
        hasData: got !== null && got !== undefined,
      }).toEqual({
        where: `${where} (control)`,
        errors: undefined,
        hasData: true,
      });
    }
  }
  afterAll(() => t.close());

  it('has a case for every operation and id-taking field of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const { operations, idFields } = operationsNeedingCases(schema);
    const missing = [...operations, ...idFields].filter((name) => !CASES[name] && !NO_FOREIGN_ID[name]);
    expect(missing).toEqual([]);
    const stale = [...Object.keys(CASES), ...Object.keys(NO_FOREIGN_ID)].filter(
      (name) => !operations.includes(name) && !idFields.includes(name),
    );
    expect(stale).toEqual([]);
    const both = Object.keys(CASES).filter((name) => NO_FOREIGN_ID[name]);
    expect(both).toEqual([]);
  });

  it('has a case or a public mark for every field reachable from a tenant-owned type', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = reachableFields(schema);
    const unmarked = fields
      .filter(({ coordinate }) => !PUBLIC_FIELDS[coordinate] && !CASES[coordinate])
      .filter(({ type, field }) => !TENANT_TYPES[type.name] || needsArguments(field))
      .map(({ coordinate }) => coordinate);
    expect(unmarked).toEqual([]);
    const coordinates = fields.map(({ coordinate }) => coordinate);
    const stale = [...Object.keys(PUBLIC_FIELDS), ...Object.keys(EMPTY_IN_WORLD)].filter(
      (name) => !coordinates.includes(name),
    );
    expect(stale).toEqual([]);
  });

  it('refuses every field of a tenant-owned type to B and to a stranger, and shows it to A', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = reachableFields(schema).filter(
      ({ coordinate, type, field }) =>
        TENANT_TYPES[type.name] && !PUBLIC_FIELDS[coordinate] && !needsArguments(field),
    );
    expect(fields.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const { coordinate, type, field } of fields) {
      const reach = TENANT_TYPES[type.name];
      const query = reach.query.replace('%s', selectionOf(field));
      const variables = reach.variables(world);
      const control = EMPTY_IN_WORLD[coordinate] ? undefined : reach.control(world);
      // The control must show the field itself with something in it, not only its parent.
      const shown = (data: unknown) => {
        const values = valuesOf(data, field.name).filter(
          (value) => value !== null && !(Array.isArray(value) && value.length === 0),
        );
        return values.length ? values : null;
      };
      try {
        await refused(
          `${coordinate} as B's coordinator`,
          { label: '', as: world.B.coordinator, query, variables, control },
          shown,
        );
        await refused(`${coordinate} as a stranger`, { label: '', as: world.stranger, query, variables });
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it.each(Object.keys(CASES))('%s', async (name) => {
    const attempts = CASES[name](world);
    expect(attempts.length).toBeGreaterThan(0);
    for (const attempt of attempts) await refused(`${name}: ${attempt.label}`, attempt);
  });

  it('refuses every kind of A’s rooms to B and to a stranger over a real socket, and lets A in', async () => {
    const kinds = t.app.get(RoomAccess).kinds();
    expect(kinds.filter((kind) => !ROOMS[kind])).toEqual([]);
    expect(Object.keys(ROOMS).filter((kind) => !kinds.includes(kind as never))).toEqual([]);
    for (const kind of kinds) {
      const room = ROOMS[kind](world);
      for (const [who, user] of [
        ["B's coordinator", world.B.coordinator],
        ['a stranger', world.stranger],
      ] as const) {
        const socket = await connectSocket(t.url, user.token);
        try {
          const subscribed = await socket.subscribe(room);
          const replayed = await socket.replay(room, 0);
          expect({ room, who, subscribed, replayed }).toEqual({
            room,
            who,
            subscribed: expect.objectContaining({ ok: false, error: 'NOT_FOUND' }),
            replayed: expect.objectContaining({ ok: false, error: 'NOT_FOUND' }),
          });
          await socket.roundTrip();
          expect({ room, who, events: socket.events }).toEqual({ room, who, events: [] });
        } finally {
          socket.close();
        }
      }
      const member = await connectSocket(t.url, world.A.viewer.token);
      try {
        expect({ room, subscribed: await member.subscribe(room) }).toEqual({
          room,
          subscribed: expect.objectContaining({ ok: true }),
        });
      } finally {
        member.close();
      }
    }
  });

  /** The app's HTTP routes under /api (the REST endpoints for files), as `METHOD /path`. */
  function httpRoutes(): string[] {
    // express's own types leave out `route.methods`, which it has
    const express = t.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    const layers = express.router.stack;
    return layers
      .flatMap(({ route }) =>
        route ? Object.keys(route.methods).map((method) => `${method.toUpperCase()} ${route.path}`) : [],
      )
      .filter((route) => route.includes(' /api/'));
  }

  it('has a case for every HTTP route under /api, or says why it names no tenant', () => {
    const routes = httpRoutes();
    expect(routes).toContain('GET /api/rounds/:roundId/compilation/export');
    const known = { ...httpCases, ...HTTP_COVERED_ELSEWHERE, ...HTTP_NO_FOREIGN_ID };
    expect(routes.filter((route) => !known[route])).toEqual([]);
    const stale = Object.keys(known).filter((r) => !routes.includes(r));
    expect(stale).toEqual([]);
  });

  it.each(Object.keys(httpCases))('%s', async (route) => {
    for (const attempt of httpCases[route](world)) {
      const where = `${route}: ${attempt.label}`;
      const before = await countAll();
      const answer = await download(t, attempt.path, attempt.as?.token);
      expect({ where, status: answer.status }).toEqual({
        where,
        status: attempt.expect.includes(answer.status) ? answer.status : attempt.expect.join(' or '),
      });
      const body = answer.body.toString('utf8');
      expect({ where, leaked: secretsOfA.filter((secret) => body.includes(secret)) }).toEqual({
        where,
        leaked: [],
      });
      expect({ where, counts: await countAll() }).toEqual({ where, counts: before });
      if (attempt.control) {
        const control = await download(t, attempt.path, attempt.control.token);
        expect({
          where: `${where} (control)`,
          status: control.status,
          empty: control.body.length === 0,
        }).toEqual({
          where: `${where} (control)`,
          status: 200,
          empty: false,
        });
      }
    }
  });
});
