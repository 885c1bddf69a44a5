import { useTranslation } from 'react-i18next';
import { TextField } from '../../layout/forms';
import styles from './catalogue.module.css';

export interface Problem {
  row: number | null;
  column: string | null;
  message: string;
}

export interface SetMeta {
  key: string;
  title: string;
  area: string;
  year: string;
  source: string;
}

export const emptyMeta = (): SetMeta => ({
  key: '',
  title: '',
  area: '',
  year: String(new Date().getFullYear()),
  source: '',
});

/** Key, title, area, year and source of the set being imported. */
export function SetFields({
  meta,
  onChange,
  hint,
}: {
  meta: SetMeta;
  onChange(meta: SetMeta): void;
  hint?: string;
}) {
  const { t } = useTranslation('catalogue');
  const field = (name: keyof SetMeta) => (value: string) => onChange({ ...meta, [name]: value });
  return (
    <fieldset>
      <legend>{t('import.metadata')}</legend>
      {hint && <p className="hint">{hint}</p>}
      <TextField label={t('fields.key')} value={meta.key} onChange={field('key')} />
      <TextField label={t('fields.title')} value={meta.title} onChange={field('title')} />
      <TextField label={t('fields.area')} value={meta.area} onChange={field('area')} />
      <TextField label={t('fields.year')} type="number" value={meta.year} onChange={field('year')} />
      <TextField label={t('fields.source')} value={meta.source} onChange={field('source')} />
    </fieldset>
  );
}

/** Every problem of a rejected file, by row and column. */
export function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <p role="alert" className="form-error">
        {t('import.problems', { count: problems.length })}
      </p>
      <table>
        <caption className="visually-hidden">{t('import.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.row ?? '–'}</td>
              <td>{problem.column ?? '–'}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** An upload's progress bar, announced as it moves. */
export function UploadProgress({ progress }: { progress: number | null }) {
  const { t } = useTranslation('catalogue');
  if (progress === null) return null;
  return (
    <div className={styles.progress}>
      <label htmlFor="upload-progress">{t('import.uploading')}</label>
      <progress
        id="upload-progress"
        max={1}
        value={progress}
        aria-valuetext={`${Math.round(progress * 100)} %`}
      />
      <span aria-live="polite">{Math.round(progress * 100)} %</span>
    </div>
  );
}
