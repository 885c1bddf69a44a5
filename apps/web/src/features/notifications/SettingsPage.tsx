import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../a11y/page';
import { NotificationSettings } from './NotificationSettings';

/** My settings (for now: what I am notified of, and how). */
export function SettingsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('settings.pageTitle'));
  return (
    <article className="stack" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.pageTitle')}</h1>
      <NotificationSettings />
    </article>
  );
}
