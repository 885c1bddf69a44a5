import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apolloClient } from '../app/apollo';
import { graphql, type TadaDocumentNode } from '../graphql/graphql';
import { setLocale, isLocale } from '../i18n/i18n';
import {
  AUTH_FIELDS,
  endSession,
  getAccessToken,
  hasStoredSession,
  onSessionChange,
  postGraphQL,
  refreshSession,
  startSession,
  type SessionUser,
} from './session';

interface AuthContextValue {
  user: SessionUser | null;
  /** True until a stored session has been restored (or found to have ended). */
  restoring: boolean;
  signIn(email: string, password: string): Promise<void>;
  signUp(input: { email: string; password: string; displayName: string; locale: string }): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Runs a sign-in/up mutation; a GraphQL error is thrown with the errors attached (see authErrorCode). */
const LOGIN = graphql(
  `
    mutation Login($email: String!, $password: String!) {
      login(email: $email, password: $password) {
        ...AuthFields
      }
    }
  `,
  [AUTH_FIELDS],
);

const REGISTER = graphql(
  `
    mutation Register($input: RegisterInput!) {
      register(input: $input) {
        ...AuthFields
      }
    }
  `,
  [AUTH_FIELDS],
);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

async function authMutation<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
) {
  const result = await postGraphQL(document, variables);
  if (result.errors?.length)
    throw Object.assign(new Error(result.errors[0].message), { graphQLErrors: result.errors });
  return result.data!;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [restoring, setRestoring] = useState(hasStoredSession());

  useEffect(() => onSessionChange(setUser), []);
  useEffect(() => {
    if (!hasStoredSession()) return;
    void refreshSession().finally(() => setRestoring(false));
  }, []);
  useEffect(() => {
    if (user && isLocale(user.locale) && !localStorage.getItem('samrad.locale')) setLocale(user.locale);
  }, [user]);

  const signIn = useCallback(async (email: string, password: string) => {
    const data = await authMutation(LOGIN, { email, password });
    await apolloClient.clearStore();
    startSession(data.login);
  }, []);

  const signUp = useCallback(
    async (input: { email: string; password: string; displayName: string; locale: string }) => {
      const data = await authMutation(REGISTER, { input });
      await apolloClient.clearStore();
      startSession(data.register);
    },
    [],
  );

  const signOut = useCallback(async () => {
    const token = getAccessToken();
    if (token) await postGraphQL(LOGOUT, {}, token).catch(() => undefined);
    endSession();
    await apolloClient.clearStore();
  }, []);

  const value = useMemo(
    () => ({ user, restoring, signIn, signUp, signOut }),
    [user, restoring, signIn, signUp, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The code of an error thrown by signIn/signUp. */
export function authErrorCode(error: unknown): string | undefined {
  return (error as { graphQLErrors?: { extensions?: { code?: string } }[] })?.graphQLErrors?.[0]?.extensions
    ?.code;
}

export function authErrorProblems(error: unknown): { path: string; message: string }[] {
  return (
    (error as { graphQLErrors?: { extensions?: { problems?: { path: string; message: string }[] } }[] })
      ?.graphQLErrors?.[0]?.extensions?.problems ?? []
  );
}
