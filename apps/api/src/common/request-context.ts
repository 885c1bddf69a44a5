import type { Request, Response } from 'express';
import type { Loaders } from './loaders.js';

/** The signed-in user as the API sees them on a request or socket. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  sessionId: string;
}

/** What every resolver gets: the caller (if signed in) and this request's DataLoaders. */
export interface RequestContext {
  req: Request & { user?: AuthUser; id?: unknown };
  res?: Response;
  loaders: Loaders;
}
