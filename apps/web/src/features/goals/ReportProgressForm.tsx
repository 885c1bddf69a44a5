import { useMutation } from '@apollo/client/react';
import { PROGRESS_STATUSES, type ProgressStatus } from '@samrad/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { Field, FieldError, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { STATUS_SYMBOL } from '../../shared/goals/progress';
import { useAction } from '../../shared/useAction';
import { REPORT_PROGRESS } from './goals.graphql';
import { parseNumber } from './numbers';
import styles from './goals.module.css';

/** My municipality's progress: a status (radio buttons, arrow keys move), a note and an optional value. */
export function ReportProgressForm({ goalId, municipalityId }: { goalId: string; municipalityId: string }) {
  const { t } = useTranslation('goals');
  const id = useId();
  const [status, setStatus] = useState<ProgressStatus | ''>('');
  const [note, setNote] = useState('');
  const [value, setValue] = useState('');
  const [report] = useMutation(REPORT_PROGRESS);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const number = parseNumber(value);
    const problems = onlyErrors({
      status: !status && t('report.chooseStatus'),
      value: Number.isNaN(number) && t('report.valueInvalid'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length || !status) return focusFirstInvalid(form);
    const done = await run(
      () =>
        report({
          variables: { input: { goalId, municipalityId, status, note: note.trim() || null, value: number } },
        }),
      {
        success: t('report.done', { status: t(`progress:status.${status}`) }),
        errors: { NOT_COMMITTED: 'goals:report.notCommitted', GOAL_CLOSED: 'goals:closed' },
        fields: { value: 'goals:report.valueInvalid', note: 'goals:report.noteInvalid' },
      },
    );
    if (done) {
      setStatus('');
      setNote('');
      setValue('');
    } else focusFirstInvalid(form);
  }

  const errorId = fieldErrors.status ? `${id}-status-error` : undefined;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="report-progress">
      <h3 id={`${id}-title`}>{t('report.title')}</h3>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <FormError message={error} />
      <fieldset aria-describedby={errorId} aria-invalid={fieldErrors.status ? true : undefined}>
        <legend>{t('report.status')}</legend>
        <div className={styles.radios}>
          {PROGRESS_STATUSES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name={`${id}-status`}
                value={s}
                checked={status === s}
                aria-invalid={fieldErrors.status ? true : undefined}
                onChange={() => setStatus(s)}
              />
              <span aria-hidden="true">{STATUS_SYMBOL[s]}</span> {t(`progress:status.${s}`)}
            </label>
          ))}
        </div>
        <FieldError id={errorId} error={fieldErrors.status} />
      </fieldset>
      <Field label={t('report.note')} id={`${id}-note`} error={fieldErrors.note}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('report.value')}
        hint={t('report.valueHint')}
        id={`${id}-value`}
        error={fieldErrors.value}
      >
        {(control) => (
          <input {...control} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="primary" disabled={pending}>
        {t('report.submit')}
      </button>
    </form>
  );
}
