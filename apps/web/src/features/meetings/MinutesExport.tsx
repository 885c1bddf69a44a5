import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { downloadFile, DownloadError, saveFile } from '../compilation/download';
import type { MeetingPageMeeting } from './meetings.graphql';

/** The minutes as a PDF for the archives, in the reader's language (made by the API). */
export function MinutesExport({ meeting }: { meeting: MeetingPageMeeting }) {
  const { t, i18n } = useTranslation('meetings');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    setStatus(t('export.preparing'));
    try {
      const lang = i18n.resolvedLanguage ?? 'sv';
      const file = await downloadFile(
        `/api/meetings/${encodeURIComponent(meeting.id)}/minutes?format=pdf&lang=${lang}`,
        'samrad-minutes.pdf',
        () => undefined,
      );
      saveFile(file);
      setStatus(t('export.done'));
    } catch (caught) {
      setStatus(null);
      setError(errorText(t, caught instanceof DownloadError ? caught.body : caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="minutes-export-title">
      <h2 id="minutes-export-title">{t('export.title')}</h2>
      <p>
        <button type="button" onClick={() => void start()} disabled={busy}>
          {t('export.pdf')}
        </button>
      </p>
      <p role="status">{status}</p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
