import { QueryFailedError } from 'typeorm';
import { Logger } from '@nestjs/common';
import { AppError, badInput, conflict } from './app-error.js';

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_INVALID_TEXT = '22P02';
const PG_NUMERIC_OUT_OF_RANGE = '22003';

/** Turns a database error caused by user input into an AppError; returns null for real failures. */
export function fromDatabaseError(error: unknown): AppError | null {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string }) : null;
  const code = driverError?.code ?? (error as { code?: string } | null)?.code;
  switch (code) {
    case PG_UNIQUE_VIOLATION:
      return conflict('This already exists');
    case PG_FOREIGN_KEY_VIOLATION:
      return badInput('A referenced object does not exist');
    case PG_INVALID_TEXT:
      return badInput('An id or value has the wrong format');
    case PG_NUMERIC_OUT_OF_RANGE:
      return badInput('A number is out of range');
    default:
      // Class 22 is "data exception": bad input that slipped past validation (e.g. 22021 a NUL byte), not a fault.
      return typeof code === 'string' && code.startsWith('22')
        ? badInput('A value has the wrong format')
        : null;
  }
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === PG_UNIQUE_VIOLATION && (!constraint || driverError.constraint === constraint);
}

/** Seconds a client should wait before retrying during a database outage. */
export const OUTAGE_RETRY_AFTER_S = 2;

const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// 08xxx connection exceptions, admin/crash shutdown, starting up, too many connections
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Cannot use a pool after calling end|Connection is closed/i;

/** Whether an error means "the database cannot be reached now" rather than a bug or bad input. */
export function isServiceUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const driverError = e instanceof QueryFailedError ? (e.driverError as unknown) : e;
    const { code, message, name } = (driverError ?? {}) as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
    };
    // the connection died inside a transaction: TypeORM refuses the rest of its statements
    if (typeof name === 'string' && /^QueryRunner(Provider)?AlreadyReleasedError$/.test(name)) return true;
    if (
      typeof code === 'string' &&
      (CONNECTION_ERRNOS.has(code) || code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code))
    )
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  }
  return false;
}

const outageLogger = new Logger('Database');
let outage: { since: number; lastLogged: number; suppressed: number } | undefined;

/**
 * The AppError clients get during a database outage. Logs the outage once, then at most every
 * 10 s with a count, instead of a stack trace per failed request.
 */
export function serviceUnavailable(error: unknown): AppError {
  const now = Date.now();
  if (!outage || now - outage.lastLogged > 60_000) {
    outage = { since: now, lastLogged: now, suppressed: 0 };
    outageLogger.error(`database unavailable: ${(error as Error)?.message ?? String(error)}`);
  } else if (now - outage.lastLogged >= 10_000) {
    outageLogger.error(
      `database still unavailable (${outage.suppressed + 1} failed requests in the last ${Math.round((now - outage.lastLogged) / 1000)} s)`,
    );
    outage.lastLogged = now;
    outage.suppressed = 0;
  } else {
    outage.suppressed++;
  }
  return new AppError('SERVICE_UNAVAILABLE', 'The service is unavailable for a moment; retrying', {
    retryAfter: OUTAGE_RETRY_AFTER_S,
  });
}

/** The socket.io handshake error for an outage: `data` carries the code and when to retry. */
export function serviceUnavailableError(): Error & { data: { code: string; retryAfter: number } } {
  return Object.assign(new Error('SERVICE_UNAVAILABLE'), {
    data: { code: 'SERVICE_UNAVAILABLE', retryAfter: OUTAGE_RETRY_AFTER_S },
  });
}
