import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { Lifecycle } from './common/lifecycle.service.js';
import { AppConfig } from './config/app-config.js';
import type { Env } from './config/config.schema.js';
import { resolveJwtSecret } from './config/jwt-secret.js';
import type { Clock } from './jobs/clock.js';
import { serveWebApp } from './web-app.js';

export interface StartOptions {
  env: Env;
  databaseUrl: string;
  /** Directory of the built web app to serve at `/`; skipped when absent. */
  webDist?: string;
  port?: number;
  /** The time jobs decide by; tests pass a `ManualClock`. */
  clock?: Clock;
}

/** Builds the Nest application (not yet listening): shared by main.ts and the tests. */
export async function createApp(options: StartOptions): Promise<NestExpressApplication> {
  const config = new AppConfig(options.env, options.databaseUrl, await resolveJwtSecret(options.env));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  const lifecycle = app.get(Lifecycle);
  // first middleware: every request counts as in flight until its response is done (graceful stop)
  app.use((req: Request, res: Response, next: NextFunction) => {
    const done = lifecycle.begin();
    res.once('finish', done);
    res.once('close', done);
    // While draining, a kept-alive connection is not reused (a load balancer reconnects elsewhere).
    // Decided when the answer is written, not when the request came: an answer to a request that
    // began before the drain must not invite the client's next request onto this connection either
    // (that request would arrive just as the graceful stop closes the connection, and be cut).
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      if (lifecycle.draining && !this.headersSent) this.setHeader('Connection', 'close');
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as Response['writeHead'];
    next();
  });
  // X-Forwarded-For is believed only from the proxies named in TRUST_PROXY: anyone else could rotate it.
  app.set('trust proxy', options.env.TRUST_PROXY ?? false);
  // No ETag on API answers: Express would hash every response body (SHA-1) for a header no client uses on
  // a POST. Static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'connect-src': ["'self'", 'ws:', 'wss:'], 'img-src': ["'self'", 'data:'] },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // gzip/brotli for API answers and index.html; precompressed assets already carry Content-Encoding and are skipped.
  app.use(compression({ threshold: 1024 }));
  const webDist = options.webDist ? resolve(options.webDist) : undefined;
  if (webDist && existsSync(resolve(webDist, 'index.html'))) serveWebApp(app, webDist);
  return app;
}
