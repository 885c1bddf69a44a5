import { useQuery } from '@apollo/client/react';
import { SUBJECT_TYPES, type SubjectType } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { QueryState } from '../../layout/QueryState';
import { SEARCH_DISCUSSIONS, SEARCH_FILTERS } from './discussions.graphql';
import { SearchFilters, type SearchValues } from './SearchFilters';
import { Snippet } from './Snippet';
import { permalinkPath } from './subject';
import styles from './discussions.module.css';

const isSubjectType = (value: string): value is SubjectType =>
  (SUBJECT_TYPES as readonly string[]).includes(value);

/** `/networks/:id/discussions`: search the network's discussions; the query lives in the URL. */
export function DiscussionSearchPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('discussions');
  const [params, setParams] = useSearchParams();
  const values: SearchValues = {
    q: params.get('q') ?? '',
    type: params.get('type') ?? '',
    round: params.get('round') ?? '',
    author: params.get('author') ?? '',
  };
  const filters = useQuery(SEARCH_FILTERS, { variables: { networkId: id } });
  const network = filters.data?.network;
  usePageTitle(network ? t('search.pageTitle', { network: network.name }) : t('search.title'));
  const search = useQuery(SEARCH_DISCUSSIONS, {
    skip: !values.q.trim(),
    variables: {
      input: {
        networkId: id,
        query: values.q.trim(),
        subjectType: isSubjectType(values.type) ? values.type : null,
        roundId: values.round || null,
        authorId: values.author || null,
      },
    },
  });

  if (isDenied(filters.error, !filters.loading && !filters.error && filters.data !== undefined && !network))
    return <AccessDenied what="network" />;
  if (!network)
    return (
      <QueryState loading={filters.loading} error={filters.error} onRetry={() => void filters.refetch()} />
    );
  const hits = search.data?.searchDiscussions;

  return (
    <article className="stack" aria-labelledby="search-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${network.id}`}>{network.name}</Link> › {t('search.title')}
      </nav>
      <h1 id="search-title">{t('search.title')}</h1>
      <SearchFilters
        key={params.toString()}
        initial={values}
        rounds={network.rounds}
        members={network.members}
        onSearch={(next) =>
          setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value.trim())), {
            replace: false,
          })
        }
      />
      <section aria-labelledby="hits-title" className="stack">
        <h2 id="hits-title">{t('search.results')}</h2>
        {!values.q.trim() ? (
          <p className="meta">{t('search.prompt')}</p>
        ) : !hits ? (
          <QueryState loading={search.loading} error={search.error} onRetry={() => void search.refetch()} />
        ) : (
          <>
            <p role="status" className="meta" data-testid="search-count">
              {t('search.count', { count: hits.length })}
            </p>
            <ol className={styles.hits}>
              {hits.map((hit) => (
                <li key={hit.comment.id} className="card" data-testid="search-hit">
                  <Link to={permalinkPath(hit.comment.id)}>{hit.comment.thread.title}</Link>
                  <p className="meta">
                    {t(`subjectType.${hit.comment.thread.subjectType}`)} · {hit.comment.author.displayName} ·{' '}
                    {new Date(hit.comment.createdAt).toLocaleDateString(i18n.language)}
                  </p>
                  <Snippet parts={hit.snippet} />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </article>
  );
}
