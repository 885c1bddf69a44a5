import { useTranslation } from 'react-i18next';
import type { Compilation, CompilationCell, CompilationRow } from './compilation.graphql';
import { formatChange, formatValue } from './format';
import styles from './compilation.module.css';

/**
 * The figure under the pointer or the keyboard focus, with its context: the comment, last year's
 * value and the change. (Screen readers hear the same text inside the cell itself.)
 */
export function CellDetail({
  compilation,
  shown,
}: {
  compilation: Compilation;
  shown: { row: CompilationRow; cell: CompilationCell } | null;
}) {
  const { t, i18n } = useTranslation('compilation');
  if (!shown) return <p className={`meta ${styles.cellDetail}`}>{t('cell.pick')}</p>;
  const { row, cell } = shown;
  const name = compilation.municipalities.find((m) => m.id === cell.municipality.id)?.name;
  const value = formatValue(t, row.indicator, cell.value, i18n.language);
  const previous = formatValue(t, row.indicator, cell.previousValue, i18n.language);
  const change = formatChange(t, row.indicator, cell.change, i18n.language);
  return (
    <div className={styles.cellDetail} aria-hidden="true" data-testid="cell-detail">
      <strong>
        {name} · {row.indicator.code}
      </strong>
      : {value ?? (cell.hidden ? t('cell.hidden') : t('cell.none'))}
      {compilation.previousRound && (
        <>
          {' · '}
          {previous ? t('cell.previous', { value: previous }) : t('cell.noPrevious')}
          {change && ` (${change})`}
        </>
      )}
      {cell.comment && (
        <>
          {' · '}
          {t('cell.comment', { comment: cell.comment })}
        </>
      )}
    </div>
  );
}
