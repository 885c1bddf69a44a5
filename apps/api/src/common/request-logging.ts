import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { stdSerializers } from 'pino';

type Timed = IncomingMessage & { startedAt?: number };

/**
 * pino-http options: one line per request costs more than the request itself on a page query
 * (JSON of the request, a write per request), so ordinary successes log at debug. Server errors
 * log at error, client errors at info and requests slower than `slowMs` at warn, whatever the level.
 */
export function requestLogging(level: string, slowMs: number): Params['pinoHttp'] {
  return {
    level,
    genReqId: (req: Timed, res: ServerResponse) => {
      req.startedAt = Date.now();
      const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) ?? randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (req: Timed, res: ServerResponse, error?: Error) => {
      if (error || res.statusCode >= 500) return 'error';
      if (Date.now() - (req.startedAt ?? Date.now()) >= slowMs) return 'warn';
      if (res.statusCode >= 400) return 'info';
      return 'debug';
    },
    // pino-http binds `req` to a child logger for every request, serialised at once even when nothing is
    // logged: only what a request's log line needs (no headers, so no tokens or cookies), straight from
    // the request (unwrapped: pino-http's wrapper would build the full standard object first).
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.socket?.remoteAddress,
        userAgent: req.headers['user-agent'],
      }),
      // the status only: the response headers are the same security headers on every line (~1 kB), and
      // under overload every request is slow, so each logged line fed the overload
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      err: stdSerializers.err,
    },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    autoLogging: { ignore: (req) => req.url?.startsWith('/health') === true || req.url === '/metrics' },
  };
}
