import { useTranslation } from 'react-i18next';
import { apiError } from '../app/apollo';

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
    const info = apiError(error);
    return (
      <div role="alert" className="form-error">
        <p>{info?.code === 'NETWORK' ? t('error.network') : (info?.message ?? t('error.generic'))}</p>
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
