import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { authFetch } from '../auth/session';

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', fetch: authFetch }),
  cache: new InMemoryCache({
    typePolicies: {
      Round: {
        // A refetch that started before a phase change can answer after it: its older round must not
        // overwrite the newer one (a stale `version` makes the next move a CONFLICT). The newer
        // version's fields win; fields only the older answer carries are kept.
        merge(existing, incoming, { mergeObjects, readField }) {
          const had = existing ? readField<number>('version', existing) : undefined;
          const got = readField<number>('version', incoming);
          if (had != null && got != null && got < had) return mergeObjects(incoming, existing!);
          return mergeObjects(existing, incoming);
        },
      },
    },
  }),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
