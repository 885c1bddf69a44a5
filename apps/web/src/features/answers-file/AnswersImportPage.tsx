import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { QueryState } from '../../layout/QueryState';
import { errorText, type ErrorTexts } from '../../shared/errors';
import { upload } from '../../shared/upload';
import { useTransfer } from '../../shared/useTransfer';
import { ImportActions } from '../../shared/ImportActions';
import { WizardStatus } from '../../shared/WizardSteps';
import { answersFileAccess } from './access';
import { AnswerProblems, type AnswerProblem } from './AnswerProblems';
import { ANSWERS_FILE_ROUND } from './answers-file.graphql';
import { MunicipalitySelect } from './MunicipalitySelect';

/** What a preview or an import answers: the counts, and every bad row. */
interface ImportResult {
  rows?: number;
  answers?: number;
  created?: number;
  replaced?: number;
  unchanged?: number;
  skipped?: number;
  problems?: AnswerProblem[];
  code?: string;
}

type Step = 'choose' | 'preview' | 'done';

/** The API's reasons for refusing a whole file, in this page's words. */
const FILE_ERRORS: ErrorTexts = {
  APPROVED: 'answersFile:errors.APPROVED',
  PHASE_CLOSED: 'answersFile:errors.PHASE_CLOSED',
  MISSING_COLUMNS: 'answersFile:errors.MISSING_COLUMNS',
  NO_ROWS: 'answersFile:errors.NO_ROWS',
  FILE_MISSING: 'answersFile:errors.FILE_MISSING',
  TOO_MANY_ROWS: 'answersFile:errors.TOO_MANY_ROWS',
  UNKNOWN_FILE_TYPE: 'answersFile:errors.UNKNOWN_FILE_TYPE',
};

/** Choose a municipality and a file → upload with progress → every bad row, or what will change → confirm. */
export function AnswersImportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('answersFile');
  usePageTitle(t('import.title'));
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ANSWERS_FILE_ROUND, { variables: { id } });
  const [chosen, setChosen] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('choose');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { send: transfer, progress } = useTransfer(setFormError);

  const round = data?.round;
  if (isDenied(error, !loading && !error && data !== undefined && !round))
    return <AccessDenied what="round" />;
  if (!round) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const { importable } = answersFileAccess(round);
  if (!importable.length) return <AccessDenied what="page" />;
  const municipality = importable.find((m) => m.id === chosen) ?? importable[0];

  function send(path: 'imports' | 'imports/preview') {
    const form = new FormData();
    form.append('municipalityId', municipality.id);
    form.append('file', file!);
    return transfer((onProgress) =>
      upload<ImportResult>(`/api/rounds/${id}/answers/${path}`, form, onProgress),
    );
  }

  async function onPreview(event: FormEvent) {
    event.preventDefault();
    if (!file) return setFormError(t('import.chooseFile'));
    const answer = await send('imports/preview');
    if (!answer) return;
    if (answer.status >= 400) return setFormError(errorText(t, answer.body, FILE_ERRORS));
    setResult(answer.body);
    setStep('preview');
  }

  async function onConfirm() {
    const answer = await send('imports');
    if (!answer) return;
    if (answer.status >= 400) {
      if (answer.body.problems) setResult({ ...result, problems: answer.body.problems });
      return setFormError(errorText(t, answer.body, FILE_ERRORS));
    }
    setResult(answer.body);
    setStep('done');
    await client.refetchQueries({ include: 'active' });
  }

  const problems = result?.problems ?? [];
  return (
    <section className="card" aria-labelledby="answers-import-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/rounds/${id}`}>{round.title}</Link>
      </nav>
      <h1 id="answers-import-title">{t('import.title')}</h1>
      <WizardStatus
        steps={['choose', 'preview', 'done'] as const}
        current={step}
        label={t('import.steps')}
        text={(s) => t(`import.step.${s}`)}
        error={formError}
        progress={progress}
        progressLabel={t('import.uploading')}
      />

      {step === 'choose' && (
        <form onSubmit={onPreview} noValidate>
          <MunicipalitySelect
            id="import-municipality"
            label={t('municipality')}
            municipalities={importable}
            value={municipality.id}
            onChange={setChosen}
            only={t('import.for', { name: municipality.name })}
          />
          <div className="field">
            <label htmlFor="answers-file">{t('import.file')}</label>
            <input
              id="answers-file"
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-describedby="answers-file-hint"
            />
            <p id="answers-file-hint" className="hint">
              {t('import.fileHint')}
            </p>
          </div>
          <button type="submit" className="primary" disabled={progress !== null}>
            {t('import.previewButton')}
          </button>
        </form>
      )}

      {step === 'preview' && result && (
        <div>
          <p>{t('preview.summary', { name: municipality.name, count: result.rows ?? 0 })}</p>
          {problems.length > 0 ? (
            <AnswerProblems problems={problems} />
          ) : (
            <>
              <ul>
                <li>{t('preview.created', { count: result.created ?? 0 })}</li>
                <li>{t('preview.replaced', { count: result.replaced ?? 0 })}</li>
                <li>{t('preview.unchanged', { count: result.unchanged ?? 0 })}</li>
                {(result.skipped ?? 0) > 0 && <li>{t('preview.skipped', { count: result.skipped ?? 0 })}</li>}
              </ul>
              <p role="status">
                {(result.replaced ?? 0) > 0 ? t('preview.replaceWarning') : t('preview.noProblems')}
              </p>
            </>
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

      {step === 'done' && result && (
        <div role="status">
          <p>
            {t('done.summary', {
              name: municipality.name,
              created: result.created ?? 0,
              replaced: result.replaced ?? 0,
              unchanged: result.unchanged ?? 0,
            })}
          </p>
          <Link to={`/rounds/${id}`}>{t('done.back')}</Link>
        </div>
      )}
    </section>
  );
}
