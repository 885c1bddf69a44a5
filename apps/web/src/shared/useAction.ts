import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, type ErrorTexts } from './errors';
import { fieldErrorsOf, type FieldErrors } from './field-errors';

export interface ActionOptions<T> {
  /** Text to announce when the action succeeds (e.g. "Invitation sent"). */
  success?: string | ((result: T) => string);
  /** This place's own wording for some codes or reasons (translation keys). */
  errors?: ErrorTexts;
  /** The form's fields (by the API's problem path) and the translation key each one's error is worded by. */
  fields?: Partial<Record<string, string>>;
}

/**
 * "Run a mutation, show progress, show the error": `run(action)` clears the last outcome, sets
 * `pending` while the action runs, and afterwards sets `error` (in the user's language) or
 * `notice`. Resolves to the action's result, or `undefined` when it failed. With `fields`, the
 * API's per-field problems also land in `fieldErrors` (for each field's aria-invalid and error text).
 */
export function useAction() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const run = useCallback(
    async <T>(action: () => Promise<T>, options: ActionOptions<T> = {}): Promise<T | undefined> => {
      setError(null);
      setNotice(null);
      setFieldErrors({});
      setPending(true);
      try {
        const result = await action();
        const { success } = options;
        if (success) setNotice(typeof success === 'function' ? success(result) : success);
        return result;
      } catch (failure) {
        setError(errorText(t, failure, options.errors));
        if (options.fields) setFieldErrors(fieldErrorsOf(t, failure, options.fields));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [t],
  );

  return { run, pending, error, notice, setError, setNotice, fieldErrors, setFieldErrors };
}
