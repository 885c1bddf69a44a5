import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Compilation, CompilationCell, CompilationRow } from './compilation.graphql';
import { formatChange, formatValue, nationalFigure, networkFigure } from './format';
import type { View, VisibleRow } from './view';
import styles from './compilation.module.css';

/** Characters of a free-text answer the matrix shows. */
const SHORT = 20;

interface Props {
  compilation: Compilation;
  rows: VisibleRow[];
  view: View;
  /** The address query to carry into a question's detail. */
  query: string;
  roundId: string;
  onShow(cell: { row: CompilationRow; cell: CompilationCell } | null): void;
}

/**
 * Municipalities across, questions down; both headers stay in view while the matrix scrolls
 * inside its own box (so a narrow screen scrolls the table, not the page). One tab stop: arrow
 * keys, Home and End move between cells (a roving tabindex), and each cell carries its comment,
 * last year's value and the change as text for screen readers.
 */
export function Matrix({ compilation, rows, view, query, roundId, onShow }: Props) {
  const { t, i18n } = useTranslation('compilation');
  const hintId = useId();
  const [active, setActive] = useState({ row: 0, col: 0 });
  const columns = compilation.municipalities.length + 1;
  const current = {
    row: Math.min(active.row, Math.max(rows.length - 1, 0)),
    col: Math.min(active.col, columns + 1),
  };

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    let next: { row: number; col: number };
    if (event.key in moves) {
      const [dr, dc] = moves[event.key];
      next = { row: current.row + dr, col: current.col + dc };
    } else if (event.key === 'Home') next = { row: event.ctrlKey ? 0 : current.row, col: 0 };
    else if (event.key === 'End')
      next = { row: event.ctrlKey ? rows.length - 1 : current.row, col: columns + 1 };
    else return;
    event.preventDefault();
    next.row = Math.max(0, Math.min(rows.length - 1, next.row));
    next.col = Math.max(0, Math.min(columns + 1, next.col));
    setActive(next);
    const target = event.currentTarget.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`);
    target?.focus();
  }

  const tab = (row: number, col: number) => (current.row === row && current.col === col ? 0 : -1);
  const focusAt = (row: number, col: number) => () => setActive({ row, col });

  if (rows.length === 0) return <p role="status">{t('matrix.empty')}</p>;

  return (
    <div className={styles.scroller} role="region" aria-labelledby={`${hintId}-caption`}>
      <table
        className={styles.matrix}
        onKeyDown={onKeyDown}
        aria-describedby={hintId}
        data-testid="compilation-matrix"
      >
        <caption id={`${hintId}-caption`} className="visually-hidden">
          {t('matrix.caption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              {t('matrix.question')}
            </th>
            {compilation.municipalities.map((m) => (
              <th
                scope="col"
                key={m.id}
                className={m.id === view.municipalityId ? `${styles.colHead} ${styles.ours}` : styles.colHead}
              >
                {m.name}
              </th>
            ))}
            <th scope="col" className={styles.colHead}>
              {t('matrix.network')}
            </th>
            <th scope="col" className={styles.colHead}>
              {t('matrix.nation')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, differing }, r) => (
            <tr key={row.indicator.id} data-testid={`row-${row.indicator.code}`}>
              <th scope="row" className={styles.rowHead}>
                <Link
                  to={`/rounds/${roundId}/compilation/${row.indicator.id}${query ? `?${query}` : ''}`}
                  data-cell={`${r}:0`}
                  tabIndex={tab(r, 0)}
                  onFocus={focusAt(r, 0)}
                >
                  <span className={styles.code}>{row.indicator.code}</span> {row.indicator.text}
                </Link>
              </th>
              {row.cells.map((cell, c) => {
                const marked = view.highlight && differing.has(cell.municipality.id);
                const full = formatValue(t, row.indicator, cell.value, i18n.language);
                // free text is cut short in the matrix: the whole text is in the cell's detail and the question's page
                const value = full && full.length > SHORT ? `${full.slice(0, SHORT - 1)}…` : full;
                const previous = formatValue(t, row.indicator, cell.previousValue, i18n.language);
                const change = formatChange(t, row.indicator, cell.change, i18n.language);
                const comment = cell.comment;
                const classes = [
                  styles.cell,
                  marked && styles.marked,
                  cell.municipality.id === view.municipalityId && styles.ours,
                ];
                return (
                  <td
                    key={cell.municipality.id}
                    className={classes.filter(Boolean).join(' ')}
                    data-cell={`${r}:${c + 1}`}
                    tabIndex={tab(r, c + 1)}
                    onFocus={() => {
                      setActive({ row: r, col: c + 1 });
                      onShow({ row, cell });
                    }}
                    onMouseEnter={() => onShow({ row, cell })}
                  >
                    {marked && (
                      <span className={styles.marker} aria-hidden="true">
                        ◆{' '}
                      </span>
                    )}
                    {value ?? (
                      <span className={styles.none}>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">
                          {cell.hidden ? t('cell.hidden') : t('cell.none')}
                        </span>
                      </span>
                    )}
                    {comment && (
                      <span className={styles.commentMark} aria-hidden="true" title={t('cell.hasComment')}>
                        *
                      </span>
                    )}
                    <span className="visually-hidden">
                      {value !== full && `. ${full}`}
                      {marked && `. ${t('highlight.meaning')}`}
                      {previous && `. ${t('cell.previous', { value: previous })}`}
                      {change && ` (${change})`}
                      {comment && `. ${t('cell.comment', { comment })}`}
                    </span>
                  </td>
                );
              })}
              <td
                className={styles.figure}
                data-cell={`${r}:${columns}`}
                tabIndex={tab(r, columns)}
                onFocus={focusAt(r, columns)}
              >
                {networkFigure(t, row.indicator, row.summary, i18n.language) ?? '–'}
              </td>
              <td
                className={styles.figure}
                data-cell={`${r}:${columns + 1}`}
                tabIndex={tab(r, columns + 1)}
                onFocus={focusAt(r, columns + 1)}
              >
                {nationalFigure(t, row.indicator, row.nationalReference ?? null, i18n.language) ?? '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id={hintId} className="visually-hidden">
        {t('matrix.keys')}
      </p>
    </div>
  );
}
