import { HttpException, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error.js';
import { fromDatabaseError, isServiceUnavailable, serviceUnavailable } from './database-errors.js';

const logger = new Logger('GraphQL');

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * The one mapping from errors to what clients see. AppErrors and database errors caused by input
 * keep their code and message; GraphQL's own request errors (parse, validation, variable
 * coercion) keep Apollo's codes; anything else is logged and hidden behind INTERNAL_SERVER_ERROR.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const original = unwrapResolverError(error);

  const appError =
    original instanceof AppError
      ? original
      : isServiceUnavailable(original)
        ? serviceUnavailable(original)
        : fromDatabaseError(original);
  if (appError) {
    return { ...base, message: appError.message, extensions: { code: appError.code, ...appError.details } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    ...base,
    message: 'Something went wrong on our side',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
