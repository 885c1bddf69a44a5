import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { authFetch } from '../auth/session';

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', fetch: authFetch }),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
