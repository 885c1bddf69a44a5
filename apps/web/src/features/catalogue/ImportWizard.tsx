import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../layout/forms';
import { errorText } from '../../shared/errors';
import { emptyMeta, ProblemsTable, SetFields, UploadProgress, type Problem } from './ImportParts';
import { upload } from './upload';
import styles from './catalogue.module.css';
import { AccessDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useMayImport } from '../../shared/useMayImport';

interface Preview {
  set?: { key: string; title: string; area: string; year: number; indicators: unknown[] };
  problems?: Problem[];
  message?: string;
}

interface Imported {
  id?: string;
  version?: number;
  indicatorCount?: number;
  problems?: Problem[];
  message?: string;
}

type Step = 'choose' | 'preview' | 'done';

/** Choose a file → upload with progress → preview with every row error → confirm. */
export function ImportWizard() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('a11y:titles.import'));
  const mayImport = useMayImport();
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState(emptyMeta);
  const [step, setStep] = useState<Step>('choose');
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const [error, setError] = useState<string | null>(null);

  const form = () => {
    const data = new FormData();
    data.append('file', file!);
    for (const [name, value] of Object.entries(meta)) if (value) data.append(name, value);
    return data;
  };

  async function send<T>(url: string): Promise<{ status: number; body: T } | null> {
    setError(null);
    setProgress(0);
    try {
      return await upload<T>(url, form(), setProgress);
    } catch {
      setError(t('common:error.network'));
      return null;
    } finally {
      setProgress(null);
    }
  }

  async function onPreview(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError(t('import.chooseFile'));
    const result = await send<Preview>('/api/catalogue/imports/preview');
    if (!result) return;
    if (result.status >= 400 && !result.body.problems) return setError(errorText(t, result.body));
    setPreview(result.body);
    setStep('preview');
  }

  async function onConfirm() {
    const result = await send<Imported>('/api/catalogue/imports');
    if (!result) return;
    if (result.status >= 400) {
      if (result.body.problems) setPreview({ ...preview, problems: result.body.problems });
      return setError(errorText(t, result.body));
    }
    setImported(result.body);
    setStep('done');
    await client.refetchQueries({ include: 'active' });
  }

  const problems = preview?.problems ?? [];

  if (mayImport === false) return <AccessDenied what="page" />;
  return (
    <section className="card" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <ol className={styles.wizardSteps} aria-label={t('import.steps')}>
        {(['choose', 'preview', 'done'] as Step[]).map((s) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t(`import.step.${s}`)}
          </li>
        ))}
      </ol>
      <FormError message={error} />
      <UploadProgress progress={progress} />

      {step === 'choose' && (
        <form onSubmit={onPreview} noValidate>
          <div className="field">
            <label htmlFor="import-file">{t('import.file')}</label>
            <input
              id="import-file"
              ref={fileInput}
              type="file"
              accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-describedby="import-file-hint"
            />
            <p id="import-file-hint" className="hint">
              {t('import.fileHint')}{' '}
              <a href="/api/catalogue/imports/template.xlsx" download>
                {t('import.template')}
              </a>
            </p>
          </div>
          <SetFields meta={meta} onChange={setMeta} hint={t('import.metadataHint')} />
          <button type="submit" className="primary" disabled={progress !== null}>
            {t('import.previewButton')}
          </button>
        </form>
      )}

      {step === 'preview' && preview && (
        <div>
          {preview.set && (
            <p>
              {t('import.summary', {
                title: preview.set.title,
                year: preview.set.year,
                count: preview.set.indicators.length,
              })}
            </p>
          )}
          {problems.length > 0 ? (
            <ProblemsTable problems={problems} />
          ) : (
            <p role="status">{t('import.noProblems')}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={problems.length > 0 || progress !== null}
              onClick={() => void onConfirm()}
            >
              {t('import.confirm')}
            </button>
            <button type="button" onClick={() => setStep('choose')}>
              {t('import.back')}
            </button>
          </div>
        </div>
      )}

      {step === 'done' && imported && (
        <div role="status">
          <p>{t('import.done', { count: imported.indicatorCount ?? 0, version: imported.version ?? 1 })}</p>
          <Link to={`/catalogue/sets/${imported.id}`}>{t('import.openSet')}</Link>
        </div>
      )}
    </section>
  );
}
