import type { ErrorCode } from '@samrad/domain';

/**
 * The one error family of the API. Services throw these; the GraphQL layer and the socket
 * gateway map them to `extensions.code` / ack errors. Anything else reaching a client is a bug
 * and is reported as INTERNAL_SERVER_ERROR without details.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in to continue') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You do not have permission to do this') =>
  new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError('CONFLICT', message, details);
export const phaseClosed = (message: string) => new AppError('PHASE_CLOSED', message);
