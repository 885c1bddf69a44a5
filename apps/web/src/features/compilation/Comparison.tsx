import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Compilation, MunicipalityGroup } from './compilation.graphql';
import { groupSummary } from './comparison';
import { formatValue, nationalFigure, networkFigure } from './format';
import type { View, VisibleRow } from './view';
import styles from './compilation.module.css';

/** One municipality beside the network, a saved group of similar municipalities and the nation. */
export function Comparison({
  compilation,
  groups,
  rows,
  view,
  update,
}: {
  compilation: Compilation;
  groups: readonly MunicipalityGroup[];
  rows: VisibleRow[];
  view: View;
  update(change: Partial<View>): void;
}) {
  const { t, i18n } = useTranslation('compilation');
  const id = useId();
  const municipality = compilation.municipalities.find((m) => m.id === view.municipalityId);
  const group = groups.find((g) => g.id === view.groupId);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('compare.title', { name: municipality?.name ?? '' })}</h2>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('compare.group')}</label>
        <select id={`${id}-group`} value={view.groupId} onChange={(e) => update({ groupId: e.target.value })}>
          <option value="">{t('compare.noGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        {groups.length === 0 && <p className="hint">{t('compare.noGroups')}</p>}
      </div>
      <div className={styles.scroller} role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table className={styles.plain} data-testid="comparison-table">
          <caption className="visually-hidden">
            {t('compare.caption', { name: municipality?.name ?? '' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.question')}</th>
              <th scope="col">{municipality?.name}</th>
              {group && <th scope="col">{group.name}</th>}
              <th scope="col">{t('matrix.network')}</th>
              <th scope="col">{t('matrix.nation')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row }) => {
              const cell = row.cells.find((c) => c.municipality.id === view.municipalityId);
              return (
                <tr key={row.indicator.id}>
                  <th scope="row">
                    <span className={styles.code}>{row.indicator.code}</span> {row.indicator.text}
                  </th>
                  <td>{formatValue(t, row.indicator, cell?.value, i18n.language) ?? '–'}</td>
                  {group && (
                    <td>{networkFigure(t, row.indicator, groupSummary(row, group), i18n.language) ?? '–'}</td>
                  )}
                  <td>{networkFigure(t, row.indicator, row.summary, i18n.language) ?? '–'}</td>
                  <td>
                    {nationalFigure(t, row.indicator, row.nationalReference ?? null, i18n.language) ?? '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
