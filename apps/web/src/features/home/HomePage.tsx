import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../a11y/page';
import { QueryState } from '../../layout/QueryState';
import { HOME } from './home.graphql';
import styles from './home.module.css';
import { WorkItem } from './WorkItem';

/** After sign-in: what is mine to do now across my networks (soonest deadline first), then my networks. */
export function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('a11y:titles.home'));
  const { data, loading, error, refetch } = useQuery(HOME, { fetchPolicy: 'cache-and-network' });
  const networks = data?.networks ?? [];
  const work = data?.myWork ?? [];
  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title">{t('title')}</h1>
        <Link className="button primary" to="/networks/new">
          {t('common:home.create')}
        </Link>
      </div>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} />
      {data && (work.length > 0 ? <p>{t('intro')}</p> : <p className="empty">{t('nothing')}</p>)}
      <ul className={styles.work}>
        {work.map((item) => (
          <WorkItem key={item.id} item={item} />
        ))}
      </ul>

      <h2 id="networks-title">{t('networksTitle')}</h2>
      {data && networks.length === 0 && <p className="empty">{t('common:home.empty')}</p>}
      <ul className="cards" aria-labelledby="networks-title">
        {networks.map((network) => (
          <li key={network.id} className="card">
            <h3>
              <Link to={`/networks/${network.id}`}>{network.name}</Link>
            </h3>
            {network.description && <p>{network.description}</p>}
            <p className="meta">
              {t('common:home.municipalities', { count: network.municipalities.length })} ·{' '}
              {network.myMemberships
                .map((m) =>
                  m.municipality
                    ? `${t(`common:roles.${m.role}`)} (${m.municipality.name})`
                    : t(`common:roles.${m.role}`),
                )
                .join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
