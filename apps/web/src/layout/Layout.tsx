import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LOCALES, type Locale } from '@samrad/domain';
import { focusHeading } from '../a11y/page';
import { useAuth } from '../auth/AuthProvider';
import { setLocale } from '../i18n/i18n';
import { updateLocaleOnAccount } from './locale';
import styles from './Layout.module.css';

// The realtime client (socket.io) loads with the first signed-in page, not with the sign-in page.
const ConnectionStatus = lazy(async () => ({
  default: (await import('../realtime/ConnectionStatus')).ConnectionStatus,
}));
const NotificationBell = lazy(async () => ({
  default: (await import('../features/notifications/NotificationBell')).NotificationBell,
}));

export function Layout() {
  const { t, i18n } = useTranslation();
  const { user, signOut } = useAuth();
  const { pathname } = useLocation();
  const first = useRef(true);
  // After a route change focus goes to the new page's heading (WCAG 2.4.3), not back to <body>;
  // the first page of a visit keeps the browser's own start (the skip link comes first).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusHeading();
  }, [pathname]);

  function changeLanguage(locale: Locale) {
    setLocale(locale);
    if (user) void updateLocaleOnAccount(locale);
  }

  return (
    <>
      <a className={styles.skipLink} href="#main">
        {t('skipToContent')}
      </a>
      <header className={styles.appHeader}>
        <Link to="/" className={styles.brand}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('appName')}</span>
        </Link>
        {user && (
          <nav aria-label={t('nav.main')}>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
            <NavLink to="/catalogue">{t('nav.catalogue')}</NavLink>
            <NavLink to="/settings">{t('nav.settings')}</NavLink>
          </nav>
        )}
        <div className={styles.headerTools}>
          {user && (
            <Suspense fallback={null}>
              <ConnectionStatus />
              <NotificationBell />
            </Suspense>
          )}
          <label className="language">
            <span className="visually-hidden">{t('language.label')}</span>
            <select value={i18n.language} onChange={(event) => changeLanguage(event.target.value as Locale)}>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {t(`language.${locale}`)}
                </option>
              ))}
            </select>
          </label>
          {user && (
            <div className={styles.user}>
              <span className="user-name" title={user.email}>
                {user.displayName}
              </span>
              <button type="button" onClick={() => void signOut()}>
                {t('user.signOut')}
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <Link to="/accessibility">{t('a11y:footer.statement')}</Link>
      </footer>
    </>
  );
}
