import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error.js';

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
 * maps them), HTTP endpoints answer with the status and `{ code, message }`.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost) {
    if (host.getType<string>() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
  }
}
