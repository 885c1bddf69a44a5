import { can } from '@samrad/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { QueryState } from '../../layout/QueryState';
import { CellDetail } from './CellDetail';
import { ExportButtons } from './ExportButtons';
import { Comparison } from './Comparison';
import type { CompilationCell, CompilationRow } from './compilation.graphql';
import { Filters, Legend } from './Filters';
import { GroupsEditor } from './GroupsEditor';
import { Matrix } from './Matrix';
import { useCompilation } from './useCompilation';
import { useView, useVisibleRows } from './view';

/** The side-by-side matrix of a round, with filters, the comparison and the saved groups. */
export function CompilationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('compilation');
  const { data, loading, error, refetch, round: loaded } = useCompilation(id);
  const round = loaded ?? undefined;
  usePageTitle(round ? t('title', { round: round.title }) : t('a11y:titles.compilation'));
  const { view, update, query } = useView(round);
  const rows = useVisibleRows(round?.compilation.rows ?? [], view);
  const [shown, setShown] = useState<{ row: CompilationRow; cell: CompilationCell } | null>(null);

  if (isDenied(error, !loading && !error && data !== undefined && !round))
    return <AccessDenied what="round" />;
  if (!round) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const { compilation } = round;
  const grants = round.network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const total = compilation.rows.length;

  return (
    <article className="stack" aria-labelledby="compilation-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${round.network.id}`}>{round.network.name}</Link> ›{' '}
        <Link to={`/rounds/${round.id}`}>{round.title}</Link>
      </nav>
      <header>
        <h1 id="compilation-title">{t('heading')}</h1>
        <p className="meta">
          {round.title}
          {compilation.previousRound && (
            <> · {t('comparedWith', { round: compilation.previousRound.title })}</>
          )}
        </p>
        <p>{t('intro')}</p>
        <ExportButtons roundId={round.id} />
      </header>

      <section className="card stack" aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('matrix.title')}</h2>
        <Filters compilation={compilation} view={view} update={update} />
        <p role="status" className="meta" data-testid="matrix-count">
          {t('matrix.showing', { count: rows.length, total })}
        </p>
        <Legend view={view} />
        <CellDetail compilation={compilation} shown={shown} />
        <Matrix
          compilation={compilation}
          rows={rows}
          view={view}
          query={query}
          roundId={round.id}
          onShow={setShown}
        />
      </section>

      <Comparison
        compilation={compilation}
        groups={round.network.municipalityGroups}
        rows={rows}
        view={view}
        update={update}
      />
      {can(grants, 'network.manage') && (
        <GroupsEditor
          networkId={round.network.id}
          compilation={compilation}
          groups={round.network.municipalityGroups}
        />
      )}
    </article>
  );
}
