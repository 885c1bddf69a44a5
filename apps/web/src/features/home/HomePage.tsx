import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../graphql/graphql';
import { QueryState } from '../../layout/QueryState';

const MY_NETWORKS = graphql(`
  query MyNetworks {
    networks {
      id
      name
      description
      myRoles
      municipalities {
        id
      }
    }
  }
`);

export function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MY_NETWORKS);
  const networks = data?.networks ?? [];
  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title">{t('home.title')}</h1>
        <Link className="button primary" to="/networks/new">
          {t('home.create')}
        </Link>
      </div>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} />
      {data && networks.length === 0 && <p className="empty">{t('home.empty')}</p>}
      <ul className="cards">
        {networks.map((network) => (
          <li key={network.id} className="card">
            <h2>
              <Link to={`/networks/${network.id}`}>{network.name}</Link>
            </h2>
            {network.description && <p>{network.description}</p>}
            <p className="meta">
              {t('home.municipalities', { count: network.municipalities.length })} ·{' '}
              {[...new Set(network.myRoles)].map((role) => t(`roles.${role}`)).join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
