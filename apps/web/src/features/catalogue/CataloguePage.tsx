import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResultOf } from '../../graphql/graphql';
import { QueryState } from '../../layout/QueryState';
import { INDICATOR_SETS } from './catalogue.graphql';
import { usePageTitle } from '../../a11y/page';
import { useMayImport } from '../../shared/useMayImport';

type IndicatorSetRow = ResultOf<typeof INDICATOR_SETS>['indicatorSets'][number];

/** Every survey in the shared catalogue, by area, newest year and version first. */
export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('a11y:titles.catalogue'));
  const { data, loading, error } = useQuery(INDICATOR_SETS);
  const mayImport = useMayImport();
  const areas = new Map<string, IndicatorSetRow[]>();
  for (const set of data?.indicatorSets ?? []) areas.set(set.area, [...(areas.get(set.area) ?? []), set]);
  return (
    <section aria-labelledby="catalogue-title" className="stack">
      <div className="page-head">
        <h1 id="catalogue-title">{t('title')}</h1>
        {mayImport && (
          <div className="actions">
            <Link className="button primary" to="/catalogue/import">
              {t('import.button')}
            </Link>
            <Link className="button" to="/catalogue/import/kolada">
              {t('kolada.button')}
            </Link>
          </div>
        )}
      </div>
      <p className="meta">{t('intro')}</p>
      <QueryState loading={loading && !data} error={error} />
      {data && areas.size === 0 && <p className="empty">{t('empty')}</p>}
      {[...areas.entries()].map(([area, sets]) => (
        <section key={area} className="card" aria-label={area}>
          <h2>{area}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('columns.title')}</th>
                <th scope="col">{t('columns.year')}</th>
                <th scope="col">{t('columns.version')}</th>
                <th scope="col">{t('columns.questions')}</th>
              </tr>
            </thead>
            <tbody>
              {sets.map((set) => (
                <tr key={set.id}>
                  <td>
                    <Link to={`/catalogue/sets/${set.id}`}>{set.title}</Link>
                    {set.source && <div className="meta">{set.source}</div>}
                  </td>
                  <td>{set.year}</td>
                  <td>{set.version}</td>
                  <td>{set.indicators.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
