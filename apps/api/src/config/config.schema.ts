import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v)));

/** Every environment variable the API reads. Parsed once at boot; a wrong value stops boot. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
    JWT_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    ACCESS_TOKEN_TTL: z.coerce.number().int().positive().default(900),
    REFRESH_TOKEN_TTL: z.coerce
      .number()
      .int()
      .positive()
      .default(60 * 60 * 24 * 30),
    SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
    MAIL_FROM: z.string().default('Samråd <no-reply@samrad.local>'),
    PUBLIC_URL: optionalString.pipe(z.url().optional()),
    DATA_DIR: z.string().default('./.data'),
    WEB_DIST: optionalString,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Requests slower than this are logged at warn; others at debug (server errors always at error). */
    SLOW_REQUEST_MS: z.coerce.number().int().positive().default(1000),
    /** Demo network and accounts; default on, except in production where it must be asked for. */
    SEED_DEMO: booleanFlag,
    /**
     * Proxies whose `X-Forwarded-For` is believed (Express `trust proxy`): comma-separated addresses, CIDR ranges or
     * `loopback`/`linklocal`/`uniquelocal`. Unset: no proxy is trusted and the client is the socket's peer.
     */
    TRUST_PROXY: optionalString.pipe(
      z
        .string()
        .regex(/^[\w.:/, -]+$/, 'comma-separated addresses, CIDR ranges or loopback/linklocal/uniquelocal')
        .transform((v) =>
          v
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
        )
        .optional(),
    ),
    /** Operators of the installation: they publish national indicator sets. Comma-separated e-mail addresses. */
    OPERATOR_EMAILS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine(
        (list) => list.every((e) => z.email().safeParse(e).success),
        'comma-separated e-mail addresses',
      ),
    /** An operation stops resolving fields after this long. */
    QUERY_TIME_LIMIT_MS: z.coerce.number().int().positive().default(10_000),
    /** Accounts one address may register per hour (an office signs its staff up behind one address). */
    REGISTER_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(30),
    /** Prefix of rate-limit counters in Redis: replicas of one installation share it. */
    RATE_LIMIT_NAMESPACE: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/i)
      .default('samrad'),
    LOGIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
    /** On SIGTERM, how long in-flight requests and socket acks may take before the process stops anyway. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    /** Whether this process runs queued jobs and cron tasks (default on; every process may still queue jobs). */
    JOBS_WORKER: booleanFlag.transform((v) => v ?? true),
    /** Jobs one process runs at the same time. */
    JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
    KOLADA_ALLOW_FETCH: booleanFlag.transform((v) => v ?? false),
    KOLADA_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.kolada.se/v3'),
  })
  .transform((env) => ({ ...env, SEED_DEMO: env.SEED_DEMO ?? env.NODE_ENV !== 'production' }));

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
