/**
 * The session on this device: the short-lived access token lives in memory, the refresh token in
 * localStorage (so a reload keeps you signed in). Refreshing is single-flight: many requests that
 * find the access token expired share one refresh.
 */
import { print } from 'graphql';
import { graphql, type ResultOf, type TadaDocumentNode } from '../graphql/graphql';

const REFRESH_KEY = 'samrad.refreshToken';

/** What sign-in, sign-up and refresh return. */
export const AUTH_FIELDS = graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
      locale
    }
  }
`);

const REFRESH_TOKEN = graphql(
  `
    mutation RefreshToken($token: String!) {
      refreshToken(token: $token) {
        ...AuthFields
      }
    }
  `,
  [AUTH_FIELDS],
);

type AuthPayload = ResultOf<typeof AUTH_FIELDS>;
export type SessionUser = AuthPayload['user'];

type Listener = (user: SessionUser | null) => void;

let accessToken: string | null = null;
let currentUser: SessionUser | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function hasStoredSession(): boolean {
  return Boolean(localStorage.getItem(REFRESH_KEY));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startSession(payload: AuthPayload): void {
  accessToken = payload.accessToken;
  currentUser = payload.user;
  localStorage.setItem(REFRESH_KEY, payload.refreshToken);
  listeners.forEach((listener) => listener(currentUser));
}

export function endSession(): void {
  accessToken = null;
  currentUser = null;
  localStorage.removeItem(REFRESH_KEY);
  listeners.forEach((listener) => listener(null));
}

export function updateSessionUser(user: SessionUser): void {
  currentUser = user;
  listeners.forEach((listener) => listener(currentUser));
}

/** A plain GraphQL POST for the session's own calls (they must not go through Apollo's refreshing fetch). */
export async function postGraphQL<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string | null,
) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as {
    data?: Result | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** Exchanges the stored refresh token for a new pair; false (and signed out) when the session has ended. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const token = localStorage.getItem(REFRESH_KEY);
    if (!token) return false;
    try {
      const result = await postGraphQL(REFRESH_TOKEN, { token });
      if (result.data?.refreshToken) {
        startSession(result.data.refreshToken);
        return true;
      }
      if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) endSession();
      return false;
    } catch {
      return false; // offline: keep the refresh token and try again later
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * fetch for Apollo's HttpLink: sends the access token, and when the API answers UNAUTHENTICATED
 * refreshes once and retries the request.
 */
export async function authFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const headers = new Headers(init.headers);
    if (accessToken) headers.set('authorization', `Bearer ${accessToken}`);
    return fetch(input, { ...init, headers });
  };
  if (!accessToken && hasStoredSession()) await refreshSession();
  const response = await send();
  const body = await response.clone().text();
  if (!body.includes('"UNAUTHENTICATED"') || !hasStoredSession()) return response;
  return (await refreshSession()) ? send() : response;
}
