import { useTranslation } from 'react-i18next';
import { errorText } from '../shared/errors';

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
