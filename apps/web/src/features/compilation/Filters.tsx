import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Compilation } from './compilation.graphql';
import type { View } from './view';
import styles from './compilation.module.css';

/** Section, search, the municipality we are ("compare as"), and the "only where we differ" filter. */
export function Filters({
  compilation,
  view,
  update,
}: {
  compilation: Compilation;
  view: View;
  update(change: Partial<View>): void;
}) {
  const { t } = useTranslation('compilation');
  const id = useId();
  const sections = [...new Set(compilation.rows.map((row) => row.indicator.section ?? ''))].filter(Boolean);
  return (
    <div className={styles.filters} role="search" aria-label={t('filters.label')}>
      <div className="field">
        <label htmlFor={`${id}-section`}>{t('filters.section')}</label>
        <select
          id={`${id}-section`}
          value={view.section}
          onChange={(e) => update({ section: e.target.value })}
        >
          <option value="">{t('filters.allSections')}</option>
          {sections.map((section) => (
            <option key={section} value={section}>
              {section}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={view.search}
          onChange={(e) => update({ search: e.target.value })}
          aria-describedby={`${id}-search-hint`}
        />
        <p id={`${id}-search-hint`} className="hint">
          {t('filters.searchHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-as`}>{t('filters.municipality')}</label>
        <select
          id={`${id}-as`}
          value={view.municipalityId}
          onChange={(e) => update({ municipalityId: e.target.value })}
        >
          {compilation.municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.checks}>
        <label>
          <input
            type="checkbox"
            checked={view.onlyDiffering}
            onChange={(e) => update({ onlyDiffering: e.target.checked })}
          />{' '}
          {t('filters.onlyDiffering')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.highlight}
            onChange={(e) => update({ highlight: e.target.checked })}
          />{' '}
          {t('highlight.toggle')}
        </label>
      </div>
    </div>
  );
}

/** What the highlight means, said in words: never "bad", only "different from most". */
export function Legend({ view }: { view: View }) {
  const { t } = useTranslation('compilation');
  return (
    <p className={styles.legend} data-testid="highlight-legend">
      {view.highlight ? (
        <>
          <span className={`${styles.swatch} ${styles.marked}`} aria-hidden="true">
            ◆
          </span>{' '}
          {t('highlight.meaning')} {t('highlight.rule')}
        </>
      ) : (
        t('highlight.off')
      )}
    </p>
  );
}
