import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { interpretationCases } from './cross-tenant/interpretations.cases.js';
import { networkCases } from './cross-tenant/networks.cases.js';
import { roundCases } from './cross-tenant/rounds.cases.js';
import { buildWorld, type CaseTable, type World } from './cross-tenant/world.js';
import { errorCode, startTestApp, type TestApp } from './test-app.js';

/**
 * The cross-tenant matrix. Every query and mutation of the schema is either listed below as
 * taking no foreign id (with the reason), or has a case: attempts by people of network B (and by
 * members of A lacking the role) on A's objects, each of which must be denied with NOT_FOUND or
 * FORBIDDEN, return no data, leak nothing of A, and write nothing anywhere. Fields of other types
 * that take an id need a case too. A new operation without a case fails this test.
 *
 * To add a feature's cases: write `cross-tenant/<feature>.cases.ts` (a CaseTable) and spread it
 * into CASES. Extend `buildWorld` when the cases need more of A (a round, a goal, …).
 */
const CASES: CaseTable = {
  ...networkCases,
  ...roundCases,
  ...interpretationCases,
};

/** Operations that name no object of a tenant, and why. */
const NO_FOREIGN_ID: Record<string, string> = {
  'Query.me': 'the caller only',
  'Query.networks': "the caller's own networks",
  'Query.municipalities': 'public reference data',
  'Mutation.register': 'public',
  'Mutation.login': 'public',
  'Mutation.refreshToken': "the caller's own session",
  'Mutation.logout': "the caller's own session",
  'Mutation.updateProfile': 'the caller only',
  'Mutation.createNetwork': 'creates a new tenant; municipality ids are public reference data',
  'Query.indicatorSets': 'the shared catalogue of national surveys, not a tenant’s data',
  'Query.indicatorSet': 'the shared catalogue of national surveys, not a tenant’s data',
  'Mutation.importIndicatorSet': 'adds to the shared catalogue (coordinators only); names no tenant object',
};

/** Does an argument carry an id, directly or inside an input object? */
function carriesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesId(field.type, seen));
}

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
            .filter((field) => field.args.some((arg: GraphQLArgument) => carriesId(arg.type)))
            .map((field) => `${type.name}.${field.name}`)
        : [],
    );
  return { operations, idFields };
}

describe('cross-tenant matrix: B cannot reach A, X cannot act for Y', () => {
  let t: TestApp;
  let world: World;
  let countAll: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    const tables: { tablename: string }[] = await t.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const sql = `SELECT ${tables.map(({ tablename }) => `(SELECT count(*)::int FROM "${tablename}") AS "${tablename}"`).join(', ')}`;
    countAll = async () => (await t.dataSource.query(sql))[0];
    // two networks, their members, rounds and invitations through the API: slow on a loaded machine
  }, 120_000);
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

  it.each(Object.keys(CASES))('%s', async (name) => {
    const attempts = CASES[name](world);
    expect(attempts.length).toBeGreaterThan(0);
    // What A's people and objects are called: none of it may show up in a denial.
    const secrets = [
      world.A.name,
      world.A.coordinator.email,
      world.A.headX.email,
      world.A.editorX.email,
      world.A.editorY.email,
      world.A.viewer.email,
    ];
    for (const attempt of attempts) {
      const before = await countAll();
      const result = await t.gql(attempt.query, attempt.variables, attempt.as.token);
      const where = `${name}: ${attempt.label}`;
      const allowed: (string | undefined)[] = attempt.expect ?? ['NOT_FOUND'];
      const code = errorCode(result);
      expect({ where, code }).toEqual({ where, code: allowed.includes(code) ? code : allowed.join(' or ') });
      const data = Object.values(result.data ?? {});
      expect({ where, data }).toEqual({ where, data: data.map(() => null) });
      const leaked = secrets.filter((secret) => JSON.stringify(result).includes(secret));
      expect({ where, leaked }).toEqual({ where, leaked: [] });
      expect({ where, counts: await countAll() }).toEqual({ where, counts: before });

      if (attempt.control) {
        const allowed = await t.gql(attempt.query, attempt.variables, attempt.control.token);
        expect({ where: `${where} (control)`, errors: allowed.errors }).toEqual({
          where: `${where} (control)`,
          errors: undefined,
        });
      }
    }
  });
});
