import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

export interface ApiProblem {
  path: string;
  message: string;
}

export interface ApiErrorInfo {
  /** The contract's code (FORBIDDEN, CONFLICT, …), NETWORK when the server was not reached. */
  code: string;
  /** A finer cause some errors carry (LAST_COORDINATOR, WRONG_EMAIL, …). */
  reason: string | null;
  /** The server's own (English) message: for logs, never shown to the user. */
  message: string;
  problems: ApiProblem[];
  extensions: Record<string, unknown>;
}

/** The code, reason and per-field problems of a failed GraphQL operation or REST answer body. */
export function apiError(error: unknown): ApiErrorInfo | null {
  if (!error) return null;
  let extensions: Record<string, unknown> | null = null;
  let message = '';
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    extensions = (error.errors[0].extensions ?? {}) as Record<string, unknown>;
    message = error.errors[0].message;
  } else if (isRestBody(error)) {
    // REST endpoints (file imports) answer `{ code, message, ...details }`.
    extensions = error;
    message = String(error.message ?? '');
  }
  if (!extensions) {
    return {
      code: 'NETWORK',
      reason: null,
      message: error instanceof Error ? error.message : String(error),
      problems: [],
      extensions: {},
    };
  }
  return {
    code: String(extensions.code ?? 'UNKNOWN'),
    reason: typeof extensions.reason === 'string' ? extensions.reason : null,
    message,
    problems: (extensions.problems as ApiProblem[] | undefined) ?? [],
    extensions,
  };
}

const isRestBody = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Error);

/** Per-place wording for a code or reason, as translation keys (e.g. `{ CONFLICT: 'rounds:controls.conflict' }`). */
export type ErrorTexts = Partial<Record<string, string>>;

/**
 * The one mapping from an API error to text in the user's language: the place's own wording if
 * given, else the reason's, else the code's (`locales/<lang>/errors.json`). The server's English
 * message is never shown.
 */
export function errorText(t: TFunction, error: unknown, texts: ErrorTexts = {}): string {
  const info = apiError(error);
  if (!info) return '';
  const values = { ...info.extensions };
  const keys = [
    info.reason && texts[info.reason],
    texts[info.code],
    info.reason && `errors:reason.${info.reason}`,
    `errors:code.${info.code}`,
    'errors:code.UNKNOWN',
  ].filter((key): key is string => !!key);
  return t(keys, values) as string;
}
