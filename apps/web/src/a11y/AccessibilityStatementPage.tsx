import { useTranslation } from 'react-i18next';
import { usePageTitle } from './page';

/** /accessibility: what meets WCAG 2.1 AA and what does not yet (public, like any statement). */
export function AccessibilityStatementPage() {
  const { t } = useTranslation('a11y');
  usePageTitle(t('titles.statement'));
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  return (
    <article className="card narrow prose" aria-labelledby="statement-title">
      <h1 id="statement-title">{t('statement.title')}</h1>
      <p>{t('statement.intro')}</p>
      <h2>{t('statement.metTitle')}</h2>
      <ul>
        {list('statement.met').map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{t('statement.notMetTitle')}</h2>
      <ul>
        {list('statement.notMet').map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{t('statement.contactTitle')}</h2>
      <p>{t('statement.contact')}</p>
      <p className="meta">{t('statement.updated')}</p>
    </article>
  );
}
