import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from './AuthProvider';

/** Renders the page when signed in; otherwise sends to sign-in and back here afterwards. */
export function RequireAuth() {
  const { user, restoring } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (restoring) return <p aria-live="polite">{t('loading')}</p>;
  if (!user)
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  return <Outlet />;
}
