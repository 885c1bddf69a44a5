import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { AppConfig } from '../config/app-config.js';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export type AccessTokenProblem = 'expired' | 'invalid';

/** Signs and checks short-lived access JWTs; makes opaque refresh tokens and their hashes. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

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
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'samrad',
        algorithms: ['HS256'],
        // a token without an expiry would be good for ever (jose checks `exp` only when present)
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return 'invalid';
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      return error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid';
    }
  }

  newOpaqueToken(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
