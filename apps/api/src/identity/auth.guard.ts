import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IdentityService } from './identity.service.js';
import { unauthenticated } from '../common/app-error.js';
import { IS_PUBLIC, requestOf } from '../common/auth/auth.decorators.js';
import type { AuthUser } from '../common/request-context.js';

type Authentication = ReturnType<IdentityService['authenticate']>;

/**
 * The session check of each request in flight: an operation's root fields (the home page asks `myWork` and
 * `networks`) are guarded concurrently, before either has set `req.user`, and share one check.
 */
const checking = new WeakMap<object, Authentication>();

type Request = ReturnType<typeof requestOf>;

const bearerToken = (req: Request) => /^Bearer (.+)$/i.exec(req.get?.('authorization') ?? '')?.[1];

/** One session check per request, shared by whoever asks first (see `checking`). */
function authenticateOnce(identity: IdentityService, req: Request, token: string): Authentication {
  let check = checking.get(req);
  if (!check) checking.set(req, (check = identity.authenticate(token)));
  return check;
}

/**
 * The caller of a request whose access token is valid, set on `req.user` as the guard sets it; null otherwise
 * (the guard then says why). For work that runs before any resolver (kept answers).
 */
export async function signedInCaller(identity: IdentityService, req: Request): Promise<AuthUser | null> {
  if (req.user) return req.user;
  const token = bearerToken(req);
  const result = token ? await authenticateOnce(identity, req, token) : null;
  if (!result || typeof result === 'string') return null;
  req.user = result;
  return result;
}

/** Deny by default: every operation needs a valid access token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = requestOf(context);
    if (req.user) return true;
    const token = bearerToken(req);
    const authenticate = (token: string) => authenticateOnce(this.identity, req, token);
    if (isPublic) {
      // Public operations may still want to know who asks (the invitation preview); a bad token is just "signed out".
      if (token) {
        const result = await authenticate(token);
        if (typeof result !== 'string') req.user = result;
      }
      return true;
    }
    if (!token) throw unauthenticated();
    const result = await authenticate(token);
    if (result === 'expired') throw unauthenticated('The access token has expired: refresh it');
    if (typeof result === 'string') throw unauthenticated('The access token is not valid: sign in again');
    req.user = result;
    return true;
  }
}
