import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { QueryState } from '../../layout/QueryState';
import { IndicatorList } from '../../shared/indicators/IndicatorList';
import { INDICATOR_SET } from './catalogue.graphql';
import { usePageTitle } from '../../a11y/page';

export function IndicatorSetPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('catalogue');
  const { data, loading, error } = useQuery(INDICATOR_SET, { variables: { id } });
  usePageTitle(data?.indicatorSet?.title ?? t('a11y:titles.set'));
  const set = data?.indicatorSet;
  if (isDenied(error, !loading && !error && data !== undefined && !set)) return <AccessDenied what="set" />;
  if (!set) return <QueryState loading={loading} error={error} />;
  return (
    <article className="stack" aria-labelledby="set-title">
      <nav className="meta" aria-label={t('breadcrumb')}>
        <Link to="/catalogue">{t('title')}</Link>
      </nav>
      <header>
        <h1 id="set-title">{set.title}</h1>
        <p className="meta">
          {set.area} · {set.year} · {t('columns.version')} {set.version}
          {set.source && ` · ${set.source}`}
        </p>
      </header>
      <section className="card" aria-label={t('columns.questions')}>
        <IndicatorList indicators={set.indicators} />
      </section>
    </article>
  );
}
