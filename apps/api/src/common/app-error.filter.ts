import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { AppError } from './app-error.js';
import { isServiceUnavailable, serviceUnavailable } from './database-errors.js';

const HTTP_STATUS: Record<AppError['code'], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  PHASE_CLOSED: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * AppErrors are expected outcomes, not failures: GraphQL gets them back unlogged (formatGraphQLError
 * maps them), HTTP endpoints answer with the status and `{ code, message }`. Other errors in a
 * GraphQL call also go straight to formatGraphQLError, which logs them once (Nest's own handler
 * would log a second stack trace); a database outage on an HTTP endpoint answers 503.
 */
@Catch()
export class AppErrorFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return error;
    if (host.getType<string>() !== 'http')
      return error instanceof AppError ? error : super.catch(error, host);
    const appError =
      error instanceof AppError ? error : isServiceUnavailable(error) ? serviceUnavailable(error) : null;
    if (!appError) return super.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    if (appError.code === 'SERVICE_UNAVAILABLE')
      res.setHeader('Retry-After', String(appError.details?.retryAfter ?? 2));
    res
      .status(HTTP_STATUS[appError.code])
      .json({ code: appError.code, message: appError.message, ...appError.details });
  }
}
