import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { authFetch } from '../auth/session';

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', fetch: authFetch }),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

export interface ApiProblem {
  path: string;
  message: string;
}

export interface ApiErrorInfo {
  code: string;
  message: string;
  problems: ApiProblem[];
  extensions: Record<string, unknown>;
}

/** The contract's error code, message and per-field problems of a failed operation. */
export function apiError(error: unknown): ApiErrorInfo | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    return {
      code: String(extensions.code ?? 'UNKNOWN'),
      message: first.message,
      problems: (extensions.problems as ApiProblem[] | undefined) ?? [],
      extensions,
    };
  }
  return {
    code: 'NETWORK',
    message: error instanceof Error ? error.message : String(error),
    problems: [],
    extensions: {},
  };
}
