import type { TFunction } from 'i18next';
import { apiError } from './errors';

/** A form's errors by field, in the reader's language. */
export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

/** Only the fields that have an error (so `Object.keys(...).length` counts them). */
export function onlyErrors<F extends string>(
  errors: Record<F, string | false | null | undefined>,
): FieldErrors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, error]) => !!error)) as FieldErrors<F>;
}

/**
 * The API's BAD_USER_INPUT problems (`[{path, message}]`) for a form's own fields, worded by
 * `texts` (field → translation key; the path's last segment that names a field counts). The
 * server's English message is never shown: a problem of another field stays with the form's error.
 */
export function fieldErrorsOf<F extends string>(
  t: TFunction,
  failure: unknown,
  texts: Partial<Record<F, string>>,
): FieldErrors<F> {
  const info = apiError(failure);
  if (!info || info.code !== 'BAD_USER_INPUT') return {};
  const errors: FieldErrors<F> = {};
  for (const problem of info.problems) {
    const field = String(problem.path ?? '')
      .split('.')
      .reverse()
      .find((segment): segment is F => segment in texts);
    const key = field && texts[field];
    if (field && key && !errors[field]) errors[field] = t(key as string);
  }
  return errors;
}
