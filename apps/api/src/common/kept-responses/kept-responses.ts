import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { RequestContext } from '../request-context.js';
import { keepPlan, type KeepPlan } from './keep-plan.js';
import { rootKeepers } from './root-keepers.js';

/** What a process keeps of answers, as JSON characters (the oldest kept goes first); a page is a few kB. */
const MAX_KEPT_CHARS = 64 * 1024 * 1024;
/** A larger answer is not kept: it would push out hundreds of ordinary pages. */
const MAX_ANSWER_CHARS = 512 * 1024;

/**
 * Keeps whole answers of queries whose every field a root field's keeper vouches for (`addRootKeeper`): the
 * next request with the same document, variables and keeper key (who asks, with which roles, at which version
 * of what the answer shows) gets the same answer without executing a field. The key is read fresh on every
 * request, in the statement the root field needs anyway, so an answer is reused only while nothing in it can
 * have changed, in any process; and only answers without errors are kept, so a refusal is never reused.
 * Any field no keeper vouches for (a field added later included) makes the document run as ever.
 */
export function keptResponses(options: {
  /** The signed-in caller, set on the request as the auth guard would (keepers key by who asks). */
  signedIn(req: RequestContext['req']): Promise<unknown>;
  counted?(outcome: 'hit' | 'miss'): void;
}): ApolloServerPlugin<RequestContext> {
  const counted = options.counted ?? (() => {});
  /** Per parsed document: a number for the keys of its answers, and its plan per operation. */
  const documents = new WeakMap<DocumentNode, { id: number; plans: Map<string, KeepPlan | null> }>();
  const kept = new Map<string, { data: Record<string, unknown>; size: number }>();
  let keptChars = 0;
  const keep = (key: string, data: Record<string, unknown>) => {
    const size = JSON.stringify(data).length + key.length;
    if (size > MAX_ANSWER_CHARS || kept.has(key)) return;
    for (const [oldest, entry] of kept) {
      if (keptChars + size <= MAX_KEPT_CHARS) break;
      kept.delete(oldest);
      keptChars -= entry.size;
    }
    kept.set(key, { data, size });
    keptChars += size;
  };
  let nextDocumentId = 0;

  const planOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string) => {
    let known = documents.get(document);
    if (!known) documents.set(document, (known = { id: nextDocumentId++, plans: new Map() }));
    let plan = known.plans.get(operationName);
    if (plan === undefined)
      known.plans.set(operationName, (plan = keepPlan(schema, document, operationName, rootKeepers())));
    return plan && { plan, documentId: known.id };
  };

  return {
    async requestDidStart() {
      let keepAs: string | null = null;
      return {
        async responseForOperation({ schema, document, operationName, contextValue, request }) {
          const planned = planOf(schema, document, operationName ?? '');
          if (!planned || !(await options.signedIn(contextValue.req))) return null;
          const variables = request.variables ?? {};
          const key = await planned.plan.key(contextValue, variables);
          if (key === null) return null;
          keepAs = `${planned.documentId}|${operationName ?? ''}|${JSON.stringify(variables)}|${key}`;
          const held = kept.get(keepAs);
          counted(held ? 'hit' : 'miss');
          if (!held) return null;
          keepAs = null;
          return {
            http: { headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: held.data } },
          };
        },
        async willSendResponse({ response }) {
          if (!keepAs || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data && !errors?.length) keep(keepAs, data);
        },
      };
    },
  };
}
