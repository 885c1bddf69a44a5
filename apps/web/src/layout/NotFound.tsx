import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="card narrow">
      <h1>{t('error.notFound')}</h1>
      <Link to="/">{t('error.back')}</Link>
    </section>
  );
}
