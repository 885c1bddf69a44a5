import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transfer } from './transfer';

/**
 * The hook beside `useAction` for uploads and fetches that are not GraphQL mutations: `send(fn)`
 * runs `fn(onProgress)` through `transfer` — `progress` is a fraction while it runs (null
 * otherwise) and a network failure lands in `setError` as `common:error.network` in the user's
 * language. Resolves to `fn`'s result, or null when no answer came.
 */
export function useTransfer(setError: (message: string | null) => void) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const send = useCallback(
    <T>(fn: (onProgress: (fraction: number) => void) => Promise<T>) =>
      transfer(fn, { progress: setProgress, error: setError }, t('common:error.network')),
    [t, setError],
  );
  return { send, progress, busy: progress !== null };
}
