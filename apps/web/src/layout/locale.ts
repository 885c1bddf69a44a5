import { apolloClient } from '../app/apollo';
import { updateSessionUser } from '../auth/session';
import { graphql } from '../graphql/graphql';

const UPDATE_LOCALE = graphql(`
  mutation UpdateLocale($locale: String!) {
    updateProfile(input: { locale: $locale }) {
      id
      email
      displayName
      locale
    }
  }
`);

/** Remembers the language on the account, so it follows the user to other devices. */
export async function updateLocaleOnAccount(locale: string): Promise<void> {
  const result = await apolloClient.mutate({ mutation: UPDATE_LOCALE, variables: { locale } });
  if (result.data) updateSessionUser(result.data.updateProfile);
}
