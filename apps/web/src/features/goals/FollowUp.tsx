import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { followUpSeries, type FollowUpSeries } from '../../shared/goals/follow-up';
import { formatFigure } from '../../shared/goals/progress';
import type { GoalPageGoal } from './goals.graphql';
import styles from './goals.module.css';

const GoalChart = lazy(async () => ({ default: (await import('./charts/GoalChart')).GoalChart }));

/** Each linked indicator over the rounds: the network, the nation and every committed municipality. */
export function FollowUp({ goal }: { goal: GoalPageGoal }) {
  const { t } = useTranslation('goals');
  const all = useMemo(() => goal.followUp.map(followUpSeries), [goal.followUp]);
  return (
    <section className="card stack" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('followUp.title')}</h2>
      {all.length === 0 && <p className="meta">{t('followUp.none')}</p>}
      {all.map((series) => (
        <IndicatorFollowUp key={series.code} series={series} />
      ))}
    </section>
  );
}

function IndicatorFollowUp({ series }: { series: FollowUpSeries }) {
  const { t, i18n } = useTranslation('goals');
  const format = (value: number | null) =>
    formatFigure(value, i18n.language, { percentage: series.percentage, unit: series.unit });
  const texts = useMemo(
    () => ({
      label: t('followUp.chartLabel', { code: series.code }),
      network: t('followUp.network'),
      nation: t('followUp.nation'),
      baseline: t('followUp.baseline'),
      format: (v: number) => format(v),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language, series],
  );
  const columns = series.rounds.map((r) => (r.baseline ? `${r.title} (${t('followUp.baseline')})` : r.title));
  const table = (
    <table className={styles.plain} data-testid={`follow-up-table-${series.code}`}>
      <caption>{t('followUp.tableCaption', { code: series.code })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('followUp.who')}</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('followUp.network')}</th>
          {series.network.map((v, i) => (
            <td key={i}>{format(v)}</td>
          ))}
        </tr>
        {series.municipalities.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.name}</th>
            {m.values.map((v, i) => (
              <td key={i}>{m.hidden[i] ? t('followUp.hidden') : format(v)}</td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">{t('followUp.nation')}</th>
          {series.nation.map((v, i) => (
            <td key={i}>{format(v)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
  const first = series.network.find((v) => v !== null) ?? null;
  const last = [...series.network].reverse().find((v) => v !== null) ?? null;
  return (
    <div className="stack" data-testid={`follow-up-${series.code}`}>
      <h3>
        {series.code} {series.text}
      </h3>
      {series.numeric ? (
        <ChartFigure
          testId={`follow-up-chart-${series.code}`}
          title={t('followUp.chartTitle', { code: series.code })}
          summary={t('followUp.summary', {
            rounds: series.rounds.map((r) => r.year).join(', '),
            first: format(first),
            last: format(last),
          })}
          chart={<GoalChart series={series} texts={texts} />}
          table={table}
        />
      ) : (
        <div
          className={styles.scroller}
          role="region"
          aria-label={t('followUp.tableCaption', { code: series.code })}
          tabIndex={0}
        >
          {table}
        </div>
      )}
    </div>
  );
}
