import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiError } from '../shared/errors';
import { usePageTitle } from './page';

/**
 * What a page shows when the API says NOT_FOUND or FORBIDDEN for what it is about: in the
 * reader's language, without telling whether it exists (the API does not either), with a way back.
 */
export function AccessDenied({ what }: { what: 'round' | 'network' | 'set' | 'page' }) {
  const { t } = useTranslation('a11y');
  usePageTitle(t('titles.denied'));
  return (
    <section className="card narrow" aria-labelledby="denied-title">
      <h1 id="denied-title">{t('titles.denied')}</h1>
      <p>{t(`denied.${what}`)}</p>
      <p>
        <Link to="/">{t('denied.back')}</Link>
      </p>
    </section>
  );
}

/** Did the API refuse (or not find) what the page is about? Then the page shows AccessDenied. */
export function isDenied(error: unknown, loadedWithoutData = false): boolean {
  if (loadedWithoutData) return true;
  const code = apiError(error)?.code;
  return code === 'NOT_FOUND' || code === 'FORBIDDEN';
}
