import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiError, errorText } from '../shared/errors';

/** Loading and error states of a query, announced politely to screen readers. */
export function QueryState({
  loading,
  error,
  onRetry,
}: {
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const info = error ? apiError(error) : null;
  const unavailable = info?.code === 'SERVICE_UNAVAILABLE';
  const retryAfter = Number(info?.extensions.retryAfter ?? 2);
  // a database outage is temporary: say so and try again by ourselves
  useEffect(() => {
    if (!unavailable || !onRetry) return;
    const timer = setTimeout(onRetry, Math.min(Math.max(retryAfter, 1), 30) * 1000);
    return () => clearTimeout(timer);
  }, [unavailable, retryAfter, onRetry, error]);
  if (unavailable) {
    return (
      <p role="status" aria-live="polite">
        {errorText(t, error)}
      </p>
    );
  }
  if (error) {
    return (
      <div role="alert" className="form-error">
        <p>{errorText(t, error)}</p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('actions.retry')}
          </button>
        )}
      </div>
    );
  }
  if (loading) return <p aria-live="polite">{t('loading')}</p>;
  return null;
}
