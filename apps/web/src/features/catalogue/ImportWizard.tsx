import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { errorText } from '../../shared/errors';
import {
  emptyMeta,
  NetworkPicker,
  ProblemsTable,
  SetFields,
  useImportNetwork,
  type Problem,
} from './ImportParts';
import { ImportActions } from '../../shared/ImportActions';
import { upload } from '../../shared/upload';
import { useTransfer } from '../../shared/useTransfer';
import { WizardStatus } from '../../shared/WizardSteps';
import styles from './catalogue.module.css';
import { AccessDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useCoordinatedNetworks } from '../../shared/useMayImport';
import { PreviewChanges, PreviewQuestions, type PreviewQuestion, type SetChanges } from './ImportPreview';

interface Preview {
  set?: { key: string; title: string; area: string; year: number; indicators: PreviewQuestion[] };
  problems?: Problem[];
  changes?: SetChanges | null;
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
  const coordinated = useCoordinatedNetworks();
  const mayImport = coordinated && coordinated.length > 0;
  const client = useApolloClient();
  const { networks, networkId, setNetworkId } = useImportNetwork();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState(emptyMeta);
  const [step, setStep] = useState<Step>('choose');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const form = () => {
    const data = new FormData();
    data.append('file', file!);
    for (const [name, value] of Object.entries(meta)) if (value) data.append(name, value);
    if (networkId) data.append('networkId', networkId);
    return data;
  };

  const { send: transfer, progress } = useTransfer(setError);
  const send = <T,>(url: string) => transfer((onProgress) => upload<T>(url, form(), onProgress));

  async function onPreview(event: FormEvent) {
    event.preventDefault();
    setFileError(null);
    if (!file) {
      setFileError(t('import.chooseFile'));
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
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

  if (coordinated && !mayImport) return <AccessDenied what="page" />;
  return (
    <section className="card" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <WizardStatus
        steps={['choose', 'preview', 'done'] as const}
        current={step}
        label={t('import.steps')}
        text={(s) => t(`import.step.${s}`)}
        error={error}
        progress={progress}
        progressLabel={t('import.uploading')}
      />

      {step === 'choose' && (
        <form onSubmit={onPreview} noValidate>
          <NetworkPicker networks={networks} value={networkId} onChange={setNetworkId} />
          <Field
            label={t('import.file')}
            id="import-file"
            error={fileError}
            hint={
              <>
                {t('import.fileHint')}{' '}
                <a href="/api/catalogue/imports/template.xlsx" download>
                  {t('import.template')}
                </a>
              </>
            }
          >
            {(control) => (
              <input
                {...control}
                ref={fileInput}
                type="file"
                accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
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
          {preview.changes && <PreviewChanges changes={preview.changes} />}
          {preview.set && preview.set.indicators.length > 0 && (
            <PreviewQuestions questions={preview.set.indicators} />
          )}
          <ImportActions
            disabled={problems.length > 0 || progress !== null}
            onConfirm={() => void onConfirm()}
            onBack={() => setStep('choose')}
            confirmLabel={t('import.confirm')}
            backLabel={t('import.back')}
          />
        </div>
      )}

      {step === 'done' && imported && (
        <div role="status">
          <p>{t('import.done', { count: imported.indicatorCount ?? 0, version: imported.version ?? 1 })}</p>
          <Link to={`/catalogue/sets/${imported.id}`}>{t('import.openSet')}</Link>
          {/* One step to a round: the network's round form, this set already chosen. */}
          <ul className={styles.startRound}>
            {(coordinated ?? []).map((network) => (
              <li key={network.id}>
                <Link to={`/networks/${network.id}?roundSet=${imported.id}#rounds-title`}>
                  {t('import.startRound', { network: network.name })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
