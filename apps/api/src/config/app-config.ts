import type { Env } from './config.schema.js';

/**
 * The configuration the application runs with: the parsed environment plus what boot resolved
 * (the database URL of the embedded server, the generated JWT secret). Injected everywhere.
 */
export class AppConfig {
  constructor(
    readonly env: Env,
    readonly databaseUrl: string,
    readonly jwtSecret: string,
  ) {}

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get isTest(): boolean {
    return this.env.NODE_ENV === 'test';
  }

  /** The address people open; used in e-mailed links. */
  publicUrl(port: number): string {
    return this.env.PUBLIC_URL ?? `http://localhost:${port}`;
  }
}
