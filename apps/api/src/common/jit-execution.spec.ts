import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { jitExecution } from './jit-execution.js';
import { executionTimeLimit } from './query-limits.js';

describe('jitExecution', () => {
  // graphql-js announces its executions to plugins (executionDidStart); graphql-jit's run in the plugin does not
  let byGraphqlJs = 0;
  const countGraphqlJs: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async executionDidStart() {
          byGraphqlJs++;
        },
      };
    },
  };
  let reads = 0;
  let writes = 0;
  const server = new ApolloServer({
    typeDefs: `type Query { item(id: ID!): Item items: [Item!]! secret: Int slow: Item }
      type Item { id: ID! name: String! tags: [String!]! }
      type Mutation { add(name: String!): Item! }`,
    resolvers: {
      Query: {
        item: (_: unknown, { id }: { id: string }) => (reads++, { id, name: `item ${id}`, tags: ['a'] }),
        items: () => [1, 2, 3].map((n) => ({ id: String(n), name: `item ${n}`, tags: [] })),
        secret: () => {
          reads++;
          throw new GraphQLError('not yours', { extensions: { code: 'FORBIDDEN' } });
        },
        slow: async () => (await sleep(1_200), { id: 's', name: 'slow', tags: [] }),
      },
      Mutation: {
        add: (_: unknown, { name }: { name: string }) => (writes++, { id: 'new', name, tags: [] }),
      },
      Item: { tags: (item: { tags: string[] }) => item.tags },
    },
    // a limit no quick query nears even on a loaded machine; `slow` passes it
    plugins: [executionTimeLimit(1_000), jitExecution(), countGraphqlJs],
    formatError: (formatted) => ({ ...formatted, message: `formatted: ${formatted.message}` }),
  });
  const run = async (query: string, variables?: Record<string, unknown>) => {
    byGraphqlJs = 0;
    const response = await server.executeOperation({ query, variables });
    return response.body.kind === 'single' ? response.body.singleResult : null;
  };
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('answers a query through the compiled function, with variables, aliases and lists', async () => {
    const query = `query($id: ID!) { item(id: $id) { id name tags } other: item(id: "9") { name } items { id } }`;
    for (const [index, id] of ['1', '2', '3'].entries()) {
      reads = 0;
      expect(await run(query, { id })).toEqual({
        data: {
          item: { id, name: `item ${id}`, tags: ['a'] },
          other: { name: 'item 9' },
          items: [{ id: '1' }, { id: '2' }, { id: '3' }],
        },
      });
      // compiled on the second run: a one-off document never pays for a compilation
      expect(byGraphqlJs).toBe(index === 0 ? 1 : 0);
      expect(reads).toBe(2);
    }
  });

  it('runs a query that answers with an error again in graphql-js, so its error is formatted as always', async () => {
    await run('{ secret items { id } }'); // its first run, in graphql-js only
    reads = 0;
    const result = await run('{ secret items { id } }');
    expect(result?.data).toEqual({ secret: null, items: [{ id: '1' }, { id: '2' }, { id: '3' }] });
    expect(result?.errors).toEqual([
      expect.objectContaining({ message: 'formatted: not yours', extensions: { code: 'FORBIDDEN' } }),
    ]);
    expect(byGraphqlJs).toBe(1);
    expect(reads).toBe(2); // the read ran twice: once compiled, once in graphql-js
  });

  it('runs a mutation exactly once, in graphql-js', async () => {
    writes = 0;
    expect(await run('mutation { add(name: "x") { id name } }')).toEqual({
      data: { add: { id: 'new', name: 'x' } },
    });
    expect(byGraphqlJs).toBe(1);
    expect(writes).toBe(1);
  });

  it('keeps the execution time limit', async () => {
    await run('{ slow { id tags } }'); // its first run, in graphql-js only
    const result = await run('{ slow { id tags } }');
    expect(result?.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TIMEOUT' }) }),
    ]);
  });
});
