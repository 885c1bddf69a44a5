import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, type ErrorTexts } from './errors';

export interface ActionOptions<T> {
  /** Text to announce when the action succeeds (e.g. "Invitation sent"). */
  success?: string | ((result: T) => string);
  /** This place's own wording for some codes or reasons (translation keys). */
  errors?: ErrorTexts;
}

/**
 * "Run a mutation, show progress, show the error": `run(action)` clears the last outcome, sets
 * `pending` while the action runs, and afterwards sets `error` (in the user's language) or
 * `notice`. Resolves to the action's result, or `undefined` when it failed.
 */
export function useAction() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = useCallback(
    async <T>(action: () => Promise<T>, options: ActionOptions<T> = {}): Promise<T | undefined> => {
      setError(null);
      setNotice(null);
      setPending(true);
      try {
        const result = await action();
        const { success } = options;
        if (success) setNotice(typeof success === 'function' ? success(result) : success);
        return result;
      } catch (failure) {
        setError(errorText(t, failure, options.errors));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [t],
  );

  return { run, pending, error, notice, setError, setNotice };
}
