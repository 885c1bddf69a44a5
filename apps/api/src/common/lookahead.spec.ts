import { graphql, buildSchema, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from './lookahead.js';

describe('selectedFields', () => {
  const schema = buildSchema(`
    type Query { network: Network }
    type Network { id: ID name: String members: [Member] municipalities: [Municipality] }
    type Member { id: ID }
    type Municipality { id: ID }
  `);

  async function seen(query: string): Promise<string[]> {
    let names: string[] = [];
    await graphql({
      schema,
      source: query,
      rootValue: {
        network: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
          names = [...selectedFields(info)].sort();
          return {};
        },
      },
    });
    return names;
  }

  it('names the fields under the one being resolved, fragments followed, nothing deeper', async () => {
    expect(await seen('{ network { id members { id } } }')).toEqual(['id', 'members']);
    expect(
      await seen(
        '{ network { ...Lists ... on Network { name } } } fragment Lists on Network { municipalities { id } }',
      ),
    ).toEqual(['municipalities', 'name']);
  });
});
