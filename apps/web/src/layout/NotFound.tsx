import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../a11y/page';

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('a11y:titles.notFound'));
  return (
    <section className="card narrow">
      <h1>{t('error.notFound')}</h1>
      <Link to="/">{t('error.back')}</Link>
    </section>
  );
}
