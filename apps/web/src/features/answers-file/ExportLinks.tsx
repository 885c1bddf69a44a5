import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../i18n/i18n';
import { FormError } from '../../layout/forms';
import { errorText } from '../../shared/errors';
import { useTransfer } from '../../shared/useTransfer';
import { downloadFile } from './download';
import { MunicipalitySelect } from './MunicipalitySelect';

/** Download a municipality's answers as CSV or Excel, in the reader's language. */
export function ExportLinks({
  roundId,
  municipalities,
}: {
  roundId: string;
  municipalities: { id: string; name: string }[];
}) {
  const { t, i18n } = useTranslation('answersFile');
  const [municipalityId, setMunicipalityId] = useState(municipalities[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const { send, busy } = useTransfer(setError);
  const chosen = municipalities.find((m) => m.id === municipalityId) ?? municipalities[0];
  if (!chosen) return null;

  async function download(format: 'csv' | 'xlsx') {
    const lang = isLocale(i18n.language) ? i18n.language : 'sv';
    const query = new URLSearchParams({ municipalityId: chosen.id, format, lang });
    const result = await send(() =>
      downloadFile(`/api/rounds/${roundId}/answers/export?${query}`, `samrad-svar.${format}`),
    );
    if (result && !result.ok)
      setError(errorText(t, result.body, { FORBIDDEN: 'answersFile:export.forbidden' }));
  }

  return (
    <div>
      <h3>{t('export.title')}</h3>
      <MunicipalitySelect
        id="export-municipality"
        label={t('municipality')}
        municipalities={municipalities}
        value={chosen.id}
        onChange={setMunicipalityId}
      />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void download('csv')}>
          {t('export.csv', { name: chosen.name })}
        </button>
        <button type="button" disabled={busy} onClick={() => void download('xlsx')}>
          {t('export.xlsx', { name: chosen.name })}
        </button>
      </div>
      <p className="hint">{t('export.hint')}</p>
      <FormError message={error} />
    </div>
  );
}
