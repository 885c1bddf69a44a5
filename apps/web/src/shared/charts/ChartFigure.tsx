import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './charts.module.css';

/**
 * A chart with its text alternative: a caption that names it, the chart (loaded lazily), and the
 * same figures as a table the reader can open (a toggle, announced with aria-expanded).
 */
export function ChartFigure({
  title,
  summary,
  chart,
  table,
  testId,
}: {
  title: string;
  /** One sentence saying what the chart shows, read before it. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className={styles.figureBox} aria-labelledby={`${id}-title`} data-testid={testId}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="meta">{summary}</p>
      </figcaption>
      <Suspense fallback={<p className="meta">{t('loading')}</p>}>{chart}</Suspense>
      <button
        type="button"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('chart.hideTable') : t('chart.showTable')}
      </button>
      <div
        id={`${id}-table`}
        hidden={!showTable}
        className={styles.tableBox}
        role="region"
        aria-label={t('chart.tableOf', { title })}
        tabIndex={0}
      >
        {table}
      </div>
    </figure>
  );
}
