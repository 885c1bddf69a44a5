import { useTranslation } from 'react-i18next';
import type { IndicatorView } from './indicator.graphql';
import styles from './IndicatorList.module.css';

/** The questions of a set, grouped by section, each with its guidance and national reference. */
export function IndicatorList({ indicators }: { indicators: IndicatorView[] }) {
  const { t, i18n } = useTranslation('indicators');
  const sections = new Map<string, IndicatorView[]>();
  for (const indicator of indicators) {
    const key = indicator.section ?? '';
    sections.set(key, [...(sections.get(key) ?? []), indicator]);
  }
  return (
    <>
      {[...sections.entries()].map(([section, list]) => (
        <section
          key={section || 'none'}
          className={styles.indicatorSection}
          aria-label={section || t('noSection')}
        >
          <h3>{section || t('noSection')}</h3>
          <ol className={styles.indicators}>
            {list.map((indicator) => (
              <li key={indicator.id}>
                <p>
                  <span className={styles.code}>{indicator.code}</span> {indicator.text}
                </p>
                <p className="meta">
                  {t(`answerTypes.${indicator.answerType}`)}
                  {indicator.options && `: ${indicator.options.join(' / ')}`}
                  {indicator.unit && ` · ${indicator.unit}`}
                  {indicator.nationalReference !== null &&
                    ` · ${t('nationalReference')}: ${indicator.nationalReference.toLocaleString(i18n.language)}${indicator.answerType === 'YES_NO' ? ' % ' + t('yes') : ''}`}
                </p>
                {!!indicator.referenceValues?.length && (
                  <details>
                    <summary>{t('referenceValues', { count: indicator.referenceValues.length })}</summary>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t('municipality')}</th>
                          <th scope="col">{t('value')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {[...indicator.referenceValues]
                          .sort((a, b) =>
                            a.municipality.name.localeCompare(b.municipality.name, i18n.language),
                          )
                          .map((v) => (
                            <tr key={v.municipality.id}>
                              <td>{v.municipality.name}</td>
                              <td>{v.value.toLocaleString(i18n.language)}</td>
                            </tr>
                          ))}
                      </tbody>
                    </table>
                  </details>
                )}
                {indicator.guidance && (
                  <details>
                    <summary>{t('guidance')}</summary>
                    <p>{indicator.guidance}</p>
                  </details>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
