import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authFetch } from '../../auth/session';
import { FormError, TextField } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { fieldErrorsOf, onlyErrors, type FieldErrors } from '../../shared/field-errors';
import { errorText } from '../../shared/errors';
import {
  emptyMeta,
  type SetMeta,
  NetworkPicker,
  ProblemsTable,
  SetFields,
  useImportNetwork,
  type Problem,
} from './ImportParts';
import { upload } from '../../shared/upload';
import { useTransfer } from '../../shared/useTransfer';
import { UploadProgress } from '../../shared/UploadProgress';
import { AccessDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useMayImport } from '../../shared/useMayImport';

/** The set's fields as the API checks them (kolada.controller's setFieldsSchema), worded per field. */
const META_FIELDS = {
  key: 'catalogue:invalid.key',
  title: 'catalogue:invalid.title',
  area: 'catalogue:invalid.area',
  year: 'catalogue:invalid.year',
};
const KPI_ID = /^[A-Z]\d{5}$/;

type KoladaField = keyof typeof META_FIELDS | 'kpiFile' | 'dataFiles' | 'kpis';

function checkMeta(t: (key: string) => string, meta: SetMeta): FieldErrors<KoladaField> {
  const year = Number(meta.year);
  return onlyErrors({
    key: !meta.key.trim() && t(META_FIELDS.key),
    title: !meta.title.trim() && t(META_FIELDS.title),
    area: !meta.area.trim() && t(META_FIELDS.area),
    year: !(Number.isInteger(year) && year >= 2000 && year <= 2100) && t(META_FIELDS.year),
  });
}

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
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { send: sendFiles, progress } = useTransfer(setError);
  const { send: fetchKolada, busy } = useTransfer(setError);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<KoladaField>>({});
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

  /** Whether the form may be sent; else marks the fields that stop it and focuses the first. */
  function valid(form: HTMLFormElement, own: FieldErrors<KoladaField>): boolean {
    const problems = { ...checkMeta(t, meta), ...own };
    setFieldErrors(problems);
    if (Object.keys(problems).length === 0) return true;
    focusFirstInvalid(form.closest('section'));
    return false;
  }

  async function finish(status: number, body: Result, form: HTMLFormElement) {
    if (status >= 400) {
      // Problems of the Kolada data (by row) are listed; problems of the set's fields (by path) mark the fields.
      const dataProblems = (body.problems ?? []).filter((problem) => 'row' in problem);
      setResult(dataProblems.length ? { ...body, problems: dataProblems } : null);
      setFieldErrors(fieldErrorsOf(t, body, { ...META_FIELDS, kpis: 'catalogue:kolada.kpiIdsInvalid' }));
      focusFirstInvalid(form.closest('section'));
      return setError(dataProblems.length ? null : errorText(t, body));
    }
    setResult(body);
    await client.refetchQueries({ include: 'active' });
  }

  async function onUpload(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setError(null);
    setResult(null);
    const files = onlyErrors({
      kpiFile: !kpiFile && t('kolada.kpiFileRequired'),
      dataFiles: dataFiles.length === 0 && t('kolada.dataFilesRequired'),
    });
    if (!valid(form, files) || !kpiFile) return;
    const data = new FormData();
    for (const [name, value] of Object.entries(meta)) if (value) data.append(name, value);
    if (networkId) data.append('networkId', networkId);
    data.append('kpi', kpiFile);
    for (const file of dataFiles) data.append('data', file);
    await sendFiles(async (onProgress) => {
      const { status, body } = await upload<Result>('/api/catalogue/imports/kolada', data, onProgress);
      await finish(status, body, form);
    });
  }

  async function onFetch(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setError(null);
    setResult(null);
    const kpis = kpiIds.split(/[\s,;]+/).filter(Boolean);
    const ids = onlyErrors({
      kpis:
        (kpis.length === 0 || kpis.length > 100 || !kpis.every((id) => KPI_ID.test(id))) &&
        t('kolada.kpiIdsInvalid'),
    });
    if (!valid(form, ids)) return;
    await fetchKolada(async () => {
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
      await finish(response.status, (await response.json()) as Result, form);
    });
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
      <SetFields meta={meta} onChange={setMeta} errors={fieldErrors} />

      <form onSubmit={onUpload} noValidate aria-labelledby="kolada-files-title">
        <h2 id="kolada-files-title">{t('kolada.filesTitle')}</h2>
        <p className="hint">{t('kolada.filesHint')}</p>
        <Field label={t('kolada.kpiFile')} id="kolada-kpi" error={fieldErrors.kpiFile}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".json,application/json"
              onChange={(e) => setKpiFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Field label={t('kolada.dataFiles')} id="kolada-data" error={fieldErrors.dataFiles}>
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              accept=".json,application/json"
              onChange={(e) => setDataFiles([...(e.target.files ?? [])])}
            />
          )}
        </Field>
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
            error={fieldErrors.kpis}
          />
          <button type="submit" disabled={busy}>
            {t('kolada.fetch')}
          </button>
        </form>
      )}
    </section>
  );
}
