import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { AppConfig } from '../config/app-config.js';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export type AccessTokenProblem = 'expired' | 'invalid';

/** Tokens remembered as verified: a client sends the same token with every request for its lifetime. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Signs and checks short-lived access JWTs; makes opaque refresh tokens and their hashes. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Verified tokens with their expiry. Verifying is a pure function of the token and the secret,
   * and HMAC through WebCrypto costs more than the rest of a small query; only `exp` changes the
   * answer over time, so it is checked on every use. Whether the session still stands is checked
   * per request by the caller, not here.
   */
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAt: number }>();

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async signAccessToken(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt()
      .setIssuer('samrad')
      .setExpirationTime(`${this.config.env.ACCESS_TOKEN_TTL}s`)
      .sign(this.key);
  }

  async verifyAccessToken(token: string): Promise<AccessClaims | AccessTokenProblem> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > Date.now()) return known.claims;
      this.verified.delete(token);
      return 'expired';
    }
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'samrad',
        algorithms: ['HS256'],
        // a token without an expiry would be good for ever (jose checks `exp` only when present)
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return 'invalid';
      const claims = { userId: payload.sub, sessionId: payload.sid };
      if (typeof payload.exp === 'number') this.remember(token, claims, payload.exp * 1000);
      return claims;
    } catch (error) {
      return error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid';
    }
  }

  private remember(token: string, claims: AccessClaims, expiresAt: number): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { claims, expiresAt });
  }

  newOpaqueToken(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
