import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authFetch } from '../../auth/session';
import { FormError, TextField } from '../../layout/forms';
import { errorText } from '../../shared/errors';
import {
  emptyMeta,
  NetworkPicker,
  ProblemsTable,
  SetFields,
  useImportNetwork,
  type Problem,
} from './ImportParts';
import { upload } from '../../shared/upload';
import { UploadProgress } from '../../shared/UploadProgress';
import { AccessDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useMayImport } from '../../shared/useMayImport';

interface Result {
  id?: string;
  version?: number;
  indicatorCount?: number;
  referenceValueCount?: number;
  unknownMunicipalityCodes?: string[];
  problems?: Problem[];
  message?: string;
}

/**
 * Kolada KPIs as an indicator set: upload the API's answers (KPI metadata + data pages), or name
 * the KPIs and let the server fetch them where it is allowed to.
 */
export function KoladaImport() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('a11y:titles.kolada'));
  const mayImport = useMayImport();
  const client = useApolloClient();
  const { networks, networkId, setNetworkId } = useImportNetwork();
  const [meta, setMeta] = useState(emptyMeta);
  const [kpiFile, setKpiFile] = useState<File | null>(null);
  const [dataFiles, setDataFiles] = useState<File[]>([]);
  const [kpiIds, setKpiIds] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Fetching is offered only where the server may call Kolada (KOLADA_ALLOW_FETCH); null: not known yet.
  const [fetchAllowed, setFetchAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    authFetch('/api/catalogue/imports/kolada/settings')
      .then(async (response) => (response.ok ? ((await response.json()) as { fetchAllowed: boolean }) : null))
      .then((settings) => current && setFetchAllowed(settings?.fetchAllowed ?? false))
      .catch(() => current && setFetchAllowed(false));
    return () => {
      current = false;
    };
  }, []);

  async function finish(status: number, body: Result) {
    if (status >= 400) {
      setResult(body.problems ? body : null);
      return setError(body.problems ? null : errorText(t, body));
    }
    setResult(body);
    await client.refetchQueries({ include: 'active' });
  }

  async function onUpload(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setResult(null);
    if (!kpiFile || dataFiles.length === 0) return setError(t('kolada.chooseFiles'));
    const form = new FormData();
    for (const [name, value] of Object.entries(meta)) if (value) form.append(name, value);
    if (networkId) form.append('networkId', networkId);
    form.append('kpi', kpiFile);
    for (const file of dataFiles) form.append('data', file);
    setProgress(0);
    try {
      const { status, body } = await upload<Result>('/api/catalogue/imports/kolada', form, setProgress);
      await finish(status, body);
    } catch {
      setError(t('common:error.network'));
    } finally {
      setProgress(null);
    }
  }

  async function onFetch(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      const kpis = kpiIds.split(/[\s,;]+/).filter(Boolean);
      const response = await authFetch('/api/catalogue/imports/kolada/fetch', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...meta,
          year: Number(meta.year),
          source: meta.source || null,
          kpis,
          networkId: networkId || null,
        }),
      });
      await finish(response.status, (await response.json()) as Result);
    } catch {
      setError(t('common:error.network'));
    } finally {
      setBusy(false);
    }
  }

  const problems = result?.problems ?? [];
  if (mayImport === false) return <AccessDenied what="page" />;
  return (
    <section className="card stack" aria-labelledby="kolada-title">
      <h1 id="kolada-title">{t('kolada.title')}</h1>
      <p className="meta">{t('kolada.intro')}</p>
      <FormError message={error} />
      <UploadProgress progress={progress} label={t('import.uploading')} />
      {problems.length > 0 && <ProblemsTable problems={problems} />}
      {result?.id && (
        <div role="status">
          <p>
            {t('kolada.done', {
              count: result.indicatorCount ?? 0,
              values: result.referenceValueCount ?? 0,
              version: result.version ?? 1,
            })}
          </p>
          {!!result.unknownMunicipalityCodes?.length && (
            <p className="meta">
              {t('kolada.unknown', { codes: result.unknownMunicipalityCodes.join(', ') })}
            </p>
          )}
          <Link to={`/catalogue/sets/${result.id}`}>{t('import.openSet')}</Link>
        </div>
      )}

      <NetworkPicker networks={networks} value={networkId} onChange={setNetworkId} />
      <SetFields meta={meta} onChange={setMeta} />

      <form onSubmit={onUpload} noValidate aria-labelledby="kolada-files-title">
        <h2 id="kolada-files-title">{t('kolada.filesTitle')}</h2>
        <p className="hint">{t('kolada.filesHint')}</p>
        <div className="field">
          <label htmlFor="kolada-kpi">{t('kolada.kpiFile')}</label>
          <input
            id="kolada-kpi"
            type="file"
            accept=".json,application/json"
            onChange={(e) => setKpiFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="field">
          <label htmlFor="kolada-data">{t('kolada.dataFiles')}</label>
          <input
            id="kolada-data"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => setDataFiles([...(e.target.files ?? [])])}
          />
        </div>
        <button type="submit" className="primary" disabled={progress !== null}>
          {t('kolada.upload')}
        </button>
      </form>

      {fetchAllowed === false && <p className="meta">{t('kolada.fetchOff')}</p>}
      {fetchAllowed && (
        <form onSubmit={onFetch} noValidate aria-labelledby="kolada-fetch-title">
          <h2 id="kolada-fetch-title">{t('kolada.fetchTitle')}</h2>
          <TextField
            label={t('kolada.kpiIds')}
            hint={t('kolada.kpiIdsHint')}
            value={kpiIds}
            onChange={setKpiIds}
          />
          <button type="submit" disabled={busy}>
            {t('kolada.fetch')}
          </button>
        </form>
      )}
    </section>
  );
}
