import {
  getNullableType,
  isCompositeType,
  isListType,
  isNonNullType,
  isEnumType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DEFAULT_QUERY_LIMITS } from '../src/common/query-limits.js';
import {
  errorCode,
  registerUser,
  startTestApp,
  type GqlResult,
  type TestApp,
  type TestUser,
} from './test-app.js';

/**
 * The worst queries are built from the live schema, not written by hand, so a type or back-link added later is
 * attacked too: the deepest path through the object graph (following cycles), and the most aliases of a list.
 */
describe('query limits (the worst query from the live schema)', () => {
  let t: TestApp;
  let user: TestUser;
  let schemaQuery: GraphQLObjectType;

  beforeAll(async () => {
    t = await startTestApp();
    user = await registerUser(t, 'attacker');
    schemaQuery = t.app.get(GraphQLSchemaHost).schema.getQueryType()!;
  });
  afterAll(() => t.close());

  /** Sends a query and counts the SQL statements it caused. */
  async function send(query: string) {
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let statements = 0;
    logger.logQuery = (...args) => {
      statements++;
      return original(...args);
    };
    try {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      return {
        status: response.status,
        bytes: text.length,
        statements,
        ...(JSON.parse(text) as Omit<GqlResult, 'status'>),
      };
    } finally {
      logger.logQuery = original;
    }
  }

  function expectRefusedBeforeExecution(result: Awaited<ReturnType<typeof send>>, reason: RegExp) {
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(reason);
    expect(result.data).toBeUndefined();
    expect(result.statements).toBe(0); // nothing ran: not even the session lookup
    expect(result.bytes).toBeLessThan(1_000);
  }

  // Single objects first, so depth (not cost) is what stops it where the schema allows.
  it('refuses the deepest path through the schema’s cycles', async () => {
    const path = deepestPath(schemaQuery, 30);
    expect(path).toHaveLength(30); // the schema has a cycle (else this attack is moot and the test must change)
    const result = await send(`{ ${nest(path, '__typename')} }`);
    expectRefusedBeforeExecution(result, /too deep/);
  });

  it('refuses the same path hidden in fragments', async () => {
    const path = deepestPath(schemaQuery, 30);
    // each level becomes a fragment on its type: F0 spreads F1 … so depth is counted through spreads
    const fragments = path.map(
      (step, i) =>
        `fragment F${i} on ${step.parent.name} { ${step.call} { ${i + 1 < path.length ? `...F${i + 1}` : '__typename'} } }`,
    );
    const result = await send(`{ ...F0 } ${fragments.join(' ')}`);
    expectRefusedBeforeExecution(result, /too deep/);
  });

  it('refuses a path within the depth limit whose lists multiply past the cost limit', async () => {
    const path = deepestPath(schemaQuery, DEFAULT_QUERY_LIMITS.maxDepth, true);
    const lists = path.filter((s) => s.list).length;
    expect(DEFAULT_QUERY_LIMITS.listSize ** lists).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    const result = await send(`{ ${nest(path, '__typename')} }`);
    expectRefusedBeforeExecution(result, /too costly/);
  });

  it('refuses the most aliases of a root list', async () => {
    const list = listFieldWithoutRequiredArgs(schemaQuery);
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: ${list} { __typename }`);
    const result = await send(`{ ${aliases.join(' ')} }`);
    expectRefusedBeforeExecution(result, /aliases/);
  });

  it('refuses a document too long to parse cheaply', async () => {
    const result = await send(`{ ${Array.from({ length: 3_000 }, () => 'me { id }').join(' ')} }`);
    expect(errorCode(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.statements).toBe(0);
  });

  it('lets a page-sized query through', async () => {
    const result = await send(
      `{ me { id } networks { id name members { id role user { displayName } municipality { name } }
         rounds { id title network { id name } } } indicatorSets { id indicators { id code } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ me: { id: user.id }, networks: [] });
  });
});

interface Step {
  parent: GraphQLObjectType;
  call: string;
  list: boolean;
}

/** `a { b { c { leaf } } }` from a path. */
function nest(path: Step[], leaf: string): string {
  return path.reduceRight((inner, step) => `${step.call} { ${inner} }`, leaf);
}

/** The first root list field callable without arguments. */
function listFieldWithoutRequiredArgs(root: GraphQLObjectType): string {
  const field = Object.values(root.getFields()).find(
    (f) => isListType(getNullableType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  if (!field) throw new Error('no root list without arguments');
  return field.name;
}

/**
 * A path of `length` object fields from the root, following cycles; with `preferLists`, list fields first so the
 * cost multiplies, else single objects first. Fields whose required arguments cannot be made up (input objects) are skipped.
 */
function deepestPath(root: GraphQLObjectType, length: number, preferLists = false): Step[] {
  return preferLists ? mostListsPath(root, length) : firstPath(root, length);
}

/** The first path of `length` steps (depth-first, single objects before lists). */
function firstPath(root: GraphQLObjectType, length: number): Step[] {
  const dead = new Set<string>();
  const walk = (type: GraphQLObjectType, remaining: number): Step[] | null => {
    if (remaining === 0) return [];
    if (dead.has(`${type.name}:${remaining}`)) return null;
    const fields = Object.values(type.getFields())
      .filter((f) => isObjectType(namedOf(f)) || isCompositeType(namedOf(f)))
      .sort((a, b) => Number(isList(a)) - Number(isList(b)));
    for (const field of fields) {
      const args = argumentsFor(field);
      const next = namedOf(field);
      if (args === null || !isObjectType(next)) continue;
      const rest = walk(next, remaining - 1);
      if (rest) return [{ parent: type, call: `${field.name}${args}`, list: isList(field) }, ...rest];
    }
    dead.add(`${type.name}:${remaining}`);
    return null;
  };
  return walk(root, length) ?? [];
}

/**
 * The path of `length` steps with the most lists on it (the costliest within the depth limit): a full
 * search, memoised per type and remaining depth, so a new type whose lists lead nowhere deep cannot hide it.
 */
function mostListsPath(root: GraphQLObjectType, length: number): Step[] {
  const best = new Map<string, Step[] | null>();
  const lists = (path: Step[]) => path.filter((step) => step.list).length;
  const walk = (type: GraphQLObjectType, remaining: number): Step[] | null => {
    if (remaining === 0) return [];
    const key = `${type.name}:${remaining}`;
    if (best.has(key)) return best.get(key)!;
    let found: Step[] | null = null;
    for (const field of Object.values(type.getFields())) {
      const args = argumentsFor(field);
      const next = namedOf(field);
      if (args === null || !isObjectType(next)) continue;
      const rest = walk(next, remaining - 1);
      if (!rest) continue;
      const path = [{ parent: type, call: `${field.name}${args}`, list: isList(field) }, ...rest];
      if (!found || lists(path) > lists(found)) found = path;
    }
    best.set(key, found);
    return found;
  };
  return walk(root, length) ?? [];
}

function namedOf(field: GraphQLField<unknown, unknown>) {
  let type = field.type;
  while ('ofType' in type) type = type.ofType;
  return type;
}

function isList(field: GraphQLField<unknown, unknown>) {
  return isListType(getNullableType(field.type));
}

/** Literal values for required arguments, or null when one cannot be made up. */
function argumentsFor(field: GraphQLField<unknown, unknown>): string | null {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const values: string[] = [];
  for (const arg of required) {
    const value = literalFor(arg);
    if (value === null) return null;
    values.push(`${arg.name}: ${value}`);
  }
  return values.length ? `(${values.join(', ')})` : '';
}

function literalFor(arg: GraphQLArgument): string | null {
  const type = getNullableType(arg.type);
  if (isEnumType(type)) return type.getValues()[0].name;
  switch ('name' in type ? type.name : '') {
    case 'ID':
    case 'String':
      return '"00000000-0000-4000-8000-000000000000"';
    case 'Int':
      return '1';
    case 'Boolean':
      return 'true';
    default:
      return null;
  }
}
