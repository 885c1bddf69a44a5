import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '@samrad/domain';
import { errorText } from '../../shared/errors';
import { downloadFile, DownloadError, saveFile, type DownloadProgress } from './download';
import styles from './ExportButtons.module.css';

const megabytes = (bytes: number, lang: string) =>
  (bytes / 1024 / 1024).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Downloads of the round's compilation as Excel, PDF or CSV, in the reader's language, with the
 * same visibility as the matrix. While a file is made (seconds for a large network) and arrives,
 * a progress bar says so: indeterminate until the first byte, then the share of the file received.
 */
export function ExportButtons({ roundId }: { roundId: string }) {
  const { t, i18n } = useTranslation('exports');
  const labelId = useId();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start(format: ExportFormat) {
    setBusy(format);
    setProgress(null);
    setError(null);
    try {
      const lang = i18n.resolvedLanguage ?? 'sv';
      const file = await downloadFile(
        `/api/rounds/${encodeURIComponent(roundId)}/compilation/export?format=${format}&lang=${lang}`,
        `samrad.${format}`,
        setProgress,
      );
      saveFile(file);
    } catch (caught) {
      setError(errorText(t, caught instanceof DownloadError ? caught.body : caught));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  const lang = i18n.resolvedLanguage ?? 'sv';
  const status = !busy
    ? null
    : !progress || progress.received === 0
      ? t('preparing', { format: t(`format.${busy}`) })
      : progress.total
        ? t('receivedOf', {
            received: megabytes(progress.received, lang),
            total: megabytes(progress.total, lang),
          })
        : t('received', { received: megabytes(progress.received, lang) });

  return (
    <div className={styles.exports} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={styles.label}>
        {t('title')}
      </span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => void start(format)}
          disabled={busy !== null}
          aria-describedby={`${labelId}-${format}`}
        >
          {t(`format.${format}`)}
        </button>
      ))}
      {EXPORT_FORMATS.map((format) => (
        <span key={format} id={`${labelId}-${format}`} hidden>
          {t(`describe.${format}`)}
        </span>
      ))}
      <span className={styles.status} role="status" aria-live="polite">
        {busy && (
          <progress
            aria-label={t('progress')}
            max={1}
            {...(progress?.total ? { value: progress.received / progress.total } : {})}
          />
        )}
        {status}
      </span>
      {error && (
        <span className={styles.error} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
