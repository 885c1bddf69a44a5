import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * What a document compiles to per operation name: the compiled query, `false` when graphql-jit declined it, or
 * `'seen'` after its first run (in graphql-js: see `jitExecution`).
 */
type Compiled = Map<string, CompiledQuery | false | 'seen'>;

/**
 * Runs queries through graphql-jit: each operation is compiled once into a function (kept per parsed document,
 * which Apollo's document store reuses across requests), so a page's few hundred fields cost property reads
 * instead of graphql-js's generic walk (argument coercion, path and promise bookkeeping per field). The schema's
 * resolvers, the access checks in them and the per-request loaders are the same.
 *
 * An operation is compiled on its second run, not its first: the web sends the same few documents again and again,
 * while a stream of one-off documents (a script, an attacker) would otherwise pay a compilation each.
 *
 * Only queries, and only answers without errors: a query whose answer has an error is run again by graphql-js
 * (a read has no side effects; the request's loaders answer it from what they hold), so that errors take the one
 * path of formatting, logging and codes (`formatGraphQLError`). Mutations always run in graphql-js: a write must
 * run exactly once.
 */
export function jitExecution(): ApolloServerPlugin {
  const compiledByDocument = new WeakMap<DocumentNode, Compiled>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, operationName, contextValue, request }) {
          if (operation.operation !== 'query') return null;
          let compiled = compiledByDocument.get(document);
          if (!compiled) compiledByDocument.set(document, (compiled = new Map()));
          const name = operationName ?? '';
          let query = compiled.get(name);
          if (query === undefined) {
            compiled.set(name, 'seen');
            return null;
          }
          if (query === 'seen') {
            const result = compileQuery(schema, document, operationName ?? undefined);
            query = isCompiledQuery(result) ? result : false;
            compiled.set(name, query);
          }
          if (!query) return null;
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length) return null;
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } };
        },
      };
    },
  };
}
