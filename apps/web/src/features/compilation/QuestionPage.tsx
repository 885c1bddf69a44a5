import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { can } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { QueryState } from '../../layout/QueryState';
import { questionActions, questionSections } from '../../shared/question-actions';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { barData, trendData } from './charts/chart-data';
import { INDICATOR_HISTORY, type CompilationRound, type CompilationRow } from './compilation.graphql';
import { groupSummary } from './comparison';
import { formatChange, formatNumber, formatValue, nationalFigure, networkFigure, withUnit } from './format';
import { useCompilation } from './useCompilation';
import { useView, type View } from './view';
import styles from './compilation.module.css';

const DistributionChart = lazy(async () => ({
  default: (await import('./charts/charts')).DistributionChart,
}));
const TrendChart = lazy(async () => ({ default: (await import('./charts/charts')).TrendChart }));

/** One question of the compilation: its spread, the nation, the years, the agreed reading and the comments. */
export function QuestionPage() {
  const { id = '', indicatorId = '' } = useParams();
  const { t } = useTranslation('compilation');
  const { data, loading, error, refetch, round: loaded } = useCompilation(id);
  const round = loaded ?? undefined;
  const row = round?.compilation.rows.find((r) => r.indicator.id === indicatorId);
  usePageTitle(row ? `${row.indicator.code} – ${round?.title}` : t('a11y:titles.compilation'));
  const { view, query } = useView(round);

  if (isDenied(error, !loading && !error && data !== undefined && (!round || !row)))
    return <AccessDenied what="round" />;
  if (!round || !row) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const back = `/rounds/${round.id}/compilation${query ? `?${query}` : ''}`;

  return (
    <article className="stack" aria-labelledby="question-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/rounds/${round.id}`}>{round.title}</Link> › <Link to={back}>{t('heading')}</Link>
      </nav>
      <header>
        <h1 id="question-title">
          <span className={styles.code}>{row.indicator.code}</span> {row.indicator.text}
        </h1>
        <p className="meta">
          {[
            row.indicator.section,
            t(`answerType.${row.indicator.answerType}`),
            t(`polarity.${row.indicator.polarity}`),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      {questionActions.length > 0 && (
        <Suspense fallback={null}>
          {questionActions.map(({ key, Component }) => (
            <Component
              key={key}
              networkId={round.network.id}
              roundId={round.id}
              roundPhase={round.phase}
              indicatorId={row.indicator.id}
              isCoordinator={can(
                round.network.myMemberships.map((m) => ({
                  role: m.role,
                  municipalityId: m.municipality?.id ?? null,
                })),
                'network.manage',
              )}
            />
          ))}
        </Suspense>
      )}
      <section className="card" aria-labelledby="agreed-title">
        <h2 id="agreed-title">{t('detail.agreed')}</h2>
        <p data-testid="agreed-interpretation">{row.agreedInterpretation?.text ?? t('detail.noAgreed')}</p>
      </section>
      <Figures round={round} row={row} view={view} />
      <Trend round={round} row={row} view={view} />
      <Leaders row={row} />
      <Answers round={round} row={row} />
      {questionSections.map(({ key, Component }) => (
        <Component key={key} networkId={round.network.id} roundId={round.id} indicatorId={row.indicator.id} />
      ))}
    </article>
  );
}

function Figures({ round, row, view }: { round: CompilationRound; row: CompilationRow; view: View }) {
  const { t, i18n } = useTranslation('compilation');
  const { compilation } = round;
  const group = round.network.municipalityGroups.find((g) => g.id === view.groupId);
  const ours = compilation.municipalities.find((m) => m.id === view.municipalityId);
  const groupFigures = group ? groupSummary(row, group) : null;
  const data = useMemo(
    () =>
      barData(
        row,
        compilation,
        view.municipalityId,
        { network: t('matrix.network'), group: group?.name ?? null },
        groupFigures?.yesShare ?? null,
      ),
    [row, compilation, view.municipalityId, group, groupFigures?.yesShare, t],
  );
  const unitOf = (value: number) =>
    data?.kind === 'share'
      ? `${formatNumber(value, i18n.language)} %`
      : data?.kind === 'options'
        ? formatNumber(value, i18n.language)
        : withUnit(row.indicator, value, i18n.language);
  const network = networkFigure(t, row.indicator, row.summary, i18n.language);
  const nation = nationalFigure(t, row.indicator, row.nationalReference ?? null, i18n.language);
  const ourCell = row.cells.find((c) => c.municipality.id === view.municipalityId);
  const texts = useMemo(
    () => ({
      label: t(`chart.${data?.kind ?? 'municipalities'}Label`, { question: row.indicator.code }),
      nation: t('matrix.nation'),
      format: unitOf,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, i18n.language, row.indicator.code],
  );

  return (
    <section className="card stack" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('detail.figures')}</h2>
      <dl className={styles.facts}>
        <dt>{t('detail.answered')}</dt>
        <dd>{t('detail.answeredOf', { answered: row.summary.answered, expected: row.summary.expected })}</dd>
        {ours && (
          <>
            <dt>{ours.name}</dt>
            <dd>{formatValue(t, row.indicator, ourCell?.value, i18n.language) ?? '–'}</dd>
          </>
        )}
        {group && groupFigures && (
          <>
            <dt>{group.name}</dt>
            <dd>{networkFigure(t, row.indicator, groupFigures, i18n.language) ?? '–'}</dd>
          </>
        )}
        <dt>{t('matrix.network')}</dt>
        <dd>{network ?? '–'}</dd>
        {row.summary.min != null && row.summary.max != null && (
          <>
            <dt>{t('detail.range')}</dt>
            <dd>
              {t('detail.rangeValue', {
                min: withUnit(row.indicator, row.summary.min, i18n.language),
                max: withUnit(row.indicator, row.summary.max, i18n.language),
                mean:
                  row.summary.mean == null ? '–' : withUnit(row.indicator, row.summary.mean, i18n.language),
              })}
            </dd>
          </>
        )}
        <dt>{t('matrix.nation')}</dt>
        <dd>{nation ?? t('detail.noNation')}</dd>
      </dl>
      {data && data.bars.length > 0 ? (
        <ChartFigure
          testId="distribution-chart"
          title={t(`chart.${data.kind}Title`)}
          summary={t('chart.summary', { network: network ?? '–', nation: nation ?? t('detail.noNation') })}
          chart={<DistributionChart data={data} texts={texts} />}
          table={
            <table className={styles.plain}>
              <caption>{t(`chart.${data.kind}Title`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`chart.${data.kind}Column`)}</th>
                  <th scope="col">{t('chart.value')}</th>
                </tr>
              </thead>
              <tbody>
                {data.bars.map((bar) => (
                  <tr key={bar.label}>
                    <th scope="row">{bar.label}</th>
                    <td>{bar.value === null ? '–' : unitOf(bar.value)}</td>
                  </tr>
                ))}
                {data.reference !== null && (
                  <tr>
                    <th scope="row">{t('matrix.nation')}</th>
                    <td>{unitOf(data.reference)}</td>
                  </tr>
                )}
              </tbody>
            </table>
          }
        />
      ) : (
        <p className="meta">{t('chart.none')}</p>
      )}
    </section>
  );
}

function Trend({ round, row, view }: { round: CompilationRound; row: CompilationRow; view: View }) {
  const { t, i18n } = useTranslation('compilation');
  const { data, loading, error } = useQuery(INDICATOR_HISTORY, {
    variables: { networkId: round.network.id, code: row.indicator.code },
  });
  const points = data?.indicatorHistory;
  const trend = useMemo(
    () => trendData(points ?? [], row.indicator.answerType, view.municipalityId),
    [points, row.indicator.answerType, view.municipalityId],
  );
  const ours = round.compilation.municipalities.find((m) => m.id === view.municipalityId)?.name ?? '';
  const yesNo = row.indicator.answerType === 'YES_NO';
  const format = (value: number) =>
    yesNo ? `${formatNumber(value, i18n.language)} %` : withUnit(row.indicator, value, i18n.language);
  const texts = useMemo(
    () => ({
      label: t('chart.trendLabel', { question: row.indicator.code }),
      nation: t('matrix.nation'),
      network: yesNo ? t('chart.networkYes') : t('chart.networkMean'),
      ours,
      format,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language, row.indicator.code, ours, yesNo],
  );
  return (
    <section className="card stack" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('detail.trend')}</h2>
      {!data && <QueryState loading={loading} error={error} />}
      {data && !trend && <p className="meta">{t('chart.noTrend')}</p>}
      {trend && (
        <ChartFigure
          testId="trend-chart"
          title={t('chart.trendTitle')}
          summary={t('chart.trendSummary', { years: trend.years.join(', ') })}
          chart={<TrendChart data={trend} texts={texts} />}
          table={
            <table className={styles.plain}>
              <caption>{t('chart.trendTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.year')}</th>
                  <th scope="col">{texts.network}</th>
                  <th scope="col">{ours}</th>
                  <th scope="col">{t('matrix.nation')}</th>
                </tr>
              </thead>
              <tbody>
                {trend.years.map((year, i) => (
                  <tr key={year}>
                    <th scope="row">{year}</th>
                    {[trend.network[i], trend.ours[i], trend.nation[i]].map((value, j) => (
                      <td key={j}>{value === null ? '–' : format(value)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}

function Leaders({ row }: { row: CompilationRow }) {
  const { t } = useTranslation('compilation');
  return (
    <section className="card" aria-labelledby="leaders-title">
      <h2 id="leaders-title">{t('detail.leaders')}</h2>
      {row.leaders.length > 0 ? (
        <>
          <p>{t('detail.leadersIntro')}</p>
          <ul data-testid="leaders">
            {row.leaders.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="meta">
          {t(row.indicator.polarity === 'NEUTRAL' ? 'detail.noLeadersNeutral' : 'detail.noLeaders')}
        </p>
      )}
    </section>
  );
}

function Answers({ round, row }: { round: CompilationRound; row: CompilationRow }) {
  const { t, i18n } = useTranslation('compilation');
  const names = new Map(round.compilation.municipalities.map((m) => [m.id, m.name]));
  const previous = round.compilation.previousRound;
  return (
    <section className="card" aria-labelledby="answers-title">
      <h2 id="answers-title">{t('detail.answers')}</h2>
      <div className={styles.scroller} role="region" aria-labelledby="answers-title" tabIndex={0}>
        <table className={styles.plain} data-testid="answers-table">
          <caption className="visually-hidden">{t('detail.answersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.municipality')}</th>
              <th scope="col">{t('detail.value')}</th>
              {previous && <th scope="col">{t('detail.previous', { round: previous.title })}</th>}
              {previous && <th scope="col">{t('detail.change')}</th>}
              <th scope="col">{t('detail.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {row.cells.map((cell) => (
              <tr key={cell.municipality.id}>
                <th scope="row">{names.get(cell.municipality.id)}</th>
                <td>
                  {formatValue(t, row.indicator, cell.value, i18n.language) ??
                    (cell.hidden ? t('cell.hidden') : t('cell.none'))}
                </td>
                {previous && (
                  <td>{formatValue(t, row.indicator, cell.previousValue, i18n.language) ?? '–'}</td>
                )}
                {previous && <td>{formatChange(t, row.indicator, cell.change, i18n.language) ?? '–'}</td>}
                <td>{cell.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
