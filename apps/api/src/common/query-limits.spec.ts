import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { executionTimeLimit } from './query-limits.js';

describe('executionTimeLimit', () => {
  // `slow` takes 300 ms (the slowness under test, not a wait for something); fields under it start past 100 ms.
  const server = new ApolloServer({
    typeDefs: `type Query { fast: Int slow: Slow } type Slow { value: Int }
      type Mutation { write: Slow again: Slow }`,
    resolvers: {
      Query: { fast: () => 1, slow: async () => (await sleep(300), {}) },
      Mutation: { write: async () => (await sleep(300), {}), again: () => ({}) },
      Slow: { value: () => 2 },
    },
    plugins: [executionTimeLimit(100)],
  });
  beforeAll(async () => {
    await server.start();
    await server.executeOperation({ query: '{ fast }' }); // warm up: the first run compiles code paths
  });
  afterAll(() => server.stop());

  it('stops fields that would start after the limit', async () => {
    const response = await server.executeOperation({ query: '{ fast slow { value } }' });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.data?.slow).toEqual({ value: null });
    expect(result?.errors).toEqual([
      expect.objectContaining({ path: ['slow', 'value'], extensions: { code: 'QUERY_TIMEOUT' } }),
    ]);
  });

  it('answers a mutation whose write ran past the limit, and starts no further write', async () => {
    const response = await server.executeOperation({ query: 'mutation { write { value } again { value } }' });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.data).toEqual({ write: { value: 2 }, again: null });
    expect(result?.errors).toEqual([
      expect.objectContaining({ path: ['again'], extensions: { code: 'QUERY_TIMEOUT' } }),
    ]);
  });

  it('leaves a quick operation alone', async () => {
    const response = await server.executeOperation({ query: '{ fast }' });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result).toEqual({ data: { fast: 1 } });
  });
});
