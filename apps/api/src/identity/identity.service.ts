import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { loginSchema, registerSchema, updateProfileSchema } from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppConfig } from '../config/app-config.js';
import { conflict, unauthenticated } from '../common/app-error.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { RateLimiterService } from '../common/rate-limiter.service.js';
import type { AuthUser } from '../common/request-context.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { RefreshToken } from './refresh-token.entity.js';
import { SESSION_REVOKED_CHANNEL, SessionCache, USER_CHANGED_CHANNEL } from './session-cache.js';
import { Session } from './session.entity.js';
import { TokenService, type AccessTokenProblem } from './token.service.js';
import { User } from './user.entity.js';

export interface ClientMeta {
  ip?: string;
  userAgent?: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

const WRONG_CREDENTIALS = 'Wrong e-mail or password';

@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiterService,
    private readonly config: AppConfig,
    private readonly sessions: SessionCache,
  ) {}

  /**
   * Only failures count. Per (e-mail, address): after LOGIN_MAX_ATTEMPTS failures each further try waits
   * 15, 30, 60 … s (at most 15 min), so a guesser slows down while the owner, from another address, is not locked
   * out. Per address: failures across all e-mails (credential stuffing), five times as many per 15 minutes.
   */
  private get loginLimits() {
    const attempts = this.config.env.LOGIN_MAX_ATTEMPTS;
    return {
      failures: { keyPrefix: 'login-fail', points: 1_000_000, duration: 60 * 60 },
      wait: { keyPrefix: 'login-wait', points: 1, duration: 15 * 60 },
      perIp: { keyPrefix: 'login-fail-ip', points: attempts * 5, duration: 15 * 60 },
      attempts,
    };
  }

  async register(input: z.output<typeof registerSchema>, meta: ClientMeta): Promise<IssuedTokens> {
    // Before hashing: argon2 is the expensive part. Generous enough for an office signing up behind one address.
    await this.limiter.consume(
      { keyPrefix: 'register-ip', points: this.config.env.REGISTER_PER_IP_PER_HOUR, duration: 60 * 60 },
      meta.ip ?? 'unknown',
      'Too many new accounts from this address.',
    );
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            locale: input.locale,
          }),
        );
        return this.startSession(manager, user, meta);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email'))
        throw conflict('An account with this e-mail already exists');
      throw error;
    }
  }

  async login(input: z.output<typeof loginSchema>, meta: ClientMeta): Promise<IssuedTokens> {
    const limits = this.loginLimits;
    const tooMany = 'Too many failed sign-in attempts.';
    const ip = meta.ip ?? 'unknown';
    const pair = `${input.email}|${ip}`;
    await this.limiter.check(limits.perIp, ip, tooMany);
    await this.limiter.check(limits.wait, pair, tooMany);

    const user = await this.dataSource.getRepository(User).findOneBy({ email: input.email });
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !valid) {
      await this.limiter.count(limits.perIp, ip);
      const failures = await this.limiter.count(limits.failures, pair);
      if (failures >= limits.attempts)
        await this.limiter.block(
          limits.wait,
          pair,
          Math.min(15 * 2 ** (failures - limits.attempts), 15 * 60),
        );
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.limiter.reset(limits.failures, pair);
    return this.dataSource.transaction((manager) => this.startSession(manager, user, meta));
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: presenting a used one means
   * it was copied, so the whole session (every token of the family) is revoked.
   */
  async refresh(token: string, meta: ClientMeta): Promise<IssuedTokens> {
    const invalid = () => unauthenticated('The session has ended: sign in again');
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) throw invalid();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const found = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('token')
        .innerJoinAndMapOne('token.session', Session, 'session', 'session.id = token.session_id')
        .where('token.token_hash = :hash', { hash: this.tokens.hash(token) })
        .setLock('pessimistic_write', undefined, ['token'])
        .getOne();
      if (!found?.session || found.session.revokedAt) return 'invalid' as const;
      if (found.usedAt) return { reusedSession: found.sessionId };
      if (found.expiresAt.getTime() <= Date.now()) return 'invalid' as const;
      await manager.update(RefreshToken, { id: found.id }, { usedAt: new Date() });
      const user = await manager.findOneByOrFail(User, { id: found.session.userId });
      return this.issue(manager, user, found.sessionId, meta);
    });
    if (outcome === 'invalid') throw invalid();
    if ('reusedSession' in outcome) {
      await this.revokeSession(outcome.reusedSession, 'refresh token reused');
      throw invalid();
    }
    return outcome;
  }

  async logout(sessionId: string): Promise<void> {
    await this.revokeSession(sessionId, 'signed out');
  }

  /**
   * Ends a session. The NOTIFY (sent on commit) reaches every API process, which forgets the session
   * (`SessionCache`) and disconnects its sockets: neither a request nor an open socket outlives its sign-in.
   * Returns once this process has heard the NOTIFY, i.e. every process has been told.
   */
  async revokeSession(sessionId: string, reason: string) {
    await this.sessions.ending(sessionId, async () => {
      const rows = (await this.dataSource.query(
        `WITH revoked AS (
           UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id
         )
         SELECT pg_notify($3, id::text) FROM revoked`,
        [sessionId, reason, SESSION_REVOKED_CHANNEL],
      )) as unknown[];
      return rows.length;
    });
  }

  /** Whether the session may still act (sockets re-check it before subscribing and replaying). */
  async sessionActive(sessionId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM sessions WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /**
   * The user behind an access token, if the token is valid and its session still open: from `SessionCache`
   * when this process has checked the session before and heard of no change since, else one statement.
   */
  async authenticate(accessToken: string): Promise<AuthUser | AccessTokenProblem | 'revoked'> {
    const claims = await this.tokens.verifyAccessToken(accessToken);
    if (typeof claims === 'string') return claims;
    const known = this.sessions.get(claims.sessionId, claims.userId);
    if (known) return known;
    const user = await this.sessions.check(async () => {
      const [row] = (await this.dataSource.query(
        `SELECT u.id, u.email, u.display_name, u.locale
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL`,
        [claims.sessionId, claims.userId],
      )) as { id: string; email: string; display_name: string; locale: string }[];
      return row
        ? {
            id: row.id,
            email: row.email,
            displayName: row.display_name,
            locale: row.locale,
            sessionId: claims.sessionId,
          }
        : null;
    });
    return user ?? 'revoked';
  }

  /** Every process forgets the sessions it remembered with the old profile (`SessionCache`). */
  async updateProfile(userId: string, input: z.output<typeof updateProfileSchema>): Promise<User> {
    await this.dataSource.getRepository(User).update({ id: userId }, input);
    this.sessions.userChanged(userId);
    await this.dataSource.query(`SELECT pg_notify($1, $2)`, [USER_CHANGED_CHANNEL, userId]);
    return this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
  }

  private async startSession(manager: EntityManager, user: User, meta: ClientMeta): Promise<IssuedTokens> {
    const session = await manager.save(
      manager.create(Session, { userId: user.id, userAgent: meta.userAgent?.slice(0, 300) ?? null }),
    );
    return this.issue(manager, user, session.id, meta);
  }

  private async issue(manager: EntityManager, user: User, sessionId: string, _meta: ClientMeta) {
    const refreshToken = this.tokens.newOpaqueToken();
    await manager.insert(RefreshToken, {
      sessionId,
      tokenHash: this.tokens.hash(refreshToken),
      expiresAt: new Date(Date.now() + this.config.env.REFRESH_TOKEN_TTL * 1000),
    });
    const accessToken = await this.tokens.signAccessToken({ userId: user.id, sessionId });
    return { accessToken, refreshToken, expiresIn: this.config.env.ACCESS_TOKEN_TTL, user };
  }
}
