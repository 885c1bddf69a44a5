/**
 * The session on this device: the short-lived access token lives in memory, the refresh token in
 * localStorage (so a reload keeps you signed in). Refreshing is single-flight: many requests that
 * find the access token expired share one refresh.
 */
const REFRESH_KEY = 'samrad.refreshToken';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

type Listener = (user: SessionUser | null) => void;

let accessToken: string | null = null;
let currentUser: SessionUser | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

export const AUTH_FIELDS = 'accessToken refreshToken user { id email displayName locale }';

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
export async function postGraphQL(query: string, variables: Record<string, unknown>, token?: string | null) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** Exchanges the stored refresh token for a new pair; false (and signed out) when the session has ended. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const token = localStorage.getItem(REFRESH_KEY);
    if (!token) return false;
    try {
      const result = await postGraphQL(
        `mutation($token: String!) { refreshToken(token: $token) { ${AUTH_FIELDS} } }`,
        {
          token,
        },
      );
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
