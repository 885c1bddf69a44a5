import { QueryFailedError } from 'typeorm';
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
