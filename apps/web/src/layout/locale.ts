import { apolloClient } from '../app/apollo';
import { gql } from '@apollo/client';
import { updateSessionUser } from '../auth/session';

const UPDATE_LOCALE = gql`
  mutation UpdateLocale($locale: String!) {
    updateProfile(input: { locale: $locale }) {
      id
      email
      displayName
      locale
    }
  }
`;

/** Remembers the language on the account, so it follows the user to other devices. */
export async function updateLocaleOnAccount(locale: string): Promise<void> {
  const result = await apolloClient.mutate<{
    updateProfile: { id: string; email: string; displayName: string; locale: string };
  }>({
    mutation: UPDATE_LOCALE,
    variables: { locale },
  });
  if (result.data) updateSessionUser(result.data.updateProfile);
}
