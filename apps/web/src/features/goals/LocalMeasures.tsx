import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, TextField } from '../../layout/forms';
import { focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { formatDate, formatFigure } from '../../shared/goals/progress';
import { useAction } from '../../shared/useAction';
import { todayInput } from './dates';
import { ADD_LOCAL_MEASURE, RECORD_MEASURE_VALUE, type GoalCommitment } from './goals.graphql';
import { parseNumber } from './numbers';
import styles from './goals.module.css';

type Measure = GoalCommitment['localMeasures'][number];

/** My municipality's own follow-up measures on its commitment, with their values over time. */
export function LocalMeasures({ commitment, open }: { commitment: GoalCommitment; open: boolean }) {
  const { t } = useTranslation('goals');
  return (
    <div className="stack" data-testid="local-measures">
      <h3>{t('measures.title')}</h3>
      {commitment.localMeasures.length === 0 && <p className="meta">{t('measures.none')}</p>}
      {commitment.localMeasures.map((measure) => (
        <MeasureValues key={measure.id} measure={measure} open={open} />
      ))}
      {open && <AddMeasure commitmentId={commitment.id} />}
    </div>
  );
}

/** One measure's values as a table (for any reader), with a form to record one (my municipality). */
export function MeasureValues({ measure, open }: { measure: Measure; open: boolean }) {
  const { t, i18n } = useTranslation('goals');
  return (
    <div className={styles.measure}>
      <table className={styles.plain}>
        <caption>{measure.unit ? `${measure.name} (${measure.unit})` : measure.name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measures.day')}</th>
            <th scope="col">{t('measures.value')}</th>
            <th scope="col">{t('measures.note')}</th>
          </tr>
        </thead>
        <tbody>
          {measure.values.length === 0 && (
            <tr>
              <td colSpan={3}>{t('measures.noValues')}</td>
            </tr>
          )}
          {measure.values.map((v) => (
            <tr key={v.id}>
              <th scope="row">{formatDate(v.measuredOn, i18n.language)}</th>
              <td>{formatFigure(v.value, i18n.language, { unit: measure.unit })}</td>
              <td>{v.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && <RecordValue measure={measure} />}
    </div>
  );
}

function AddMeasure({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation('goals');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [add] = useMutation(ADD_LOCAL_MEASURE);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors({ name: !name.trim() && t('measures.nameRequired') });
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const done = await run(
      () => add({ variables: { input: { commitmentId, name: name.trim(), unit: unit.trim() || null } } }),
      {
        success: t('measures.added', { name: name.trim() }),
        fields: { name: 'goals:measures.nameRequired' },
      },
    );
    if (done) {
      setName('');
      setUnit('');
    } else focusFirstInvalid(form);
  }

  return (
    <details>
      <summary>{t('measures.add')}</summary>
      <form onSubmit={submit} noValidate>
        <p role="status" className={notice ? 'notice' : undefined}>
          {notice}
        </p>
        <FormError message={error} />
        <TextField
          label={t('measures.name')}
          hint={t('measures.nameHint')}
          value={name}
          onChange={setName}
          maxLength={200}
          error={fieldErrors.name}
        />
        <TextField label={t('measures.unit')} value={unit} onChange={setUnit} maxLength={40} />
        <button type="submit" disabled={pending}>
          {t('measures.addSubmit')}
        </button>
      </form>
    </details>
  );
}

function RecordValue({ measure }: { measure: Measure }) {
  const { t } = useTranslation('goals');
  const id = useId();
  const [value, setValue] = useState('');
  const [day, setDay] = useState(todayInput());
  const [note, setNote] = useState('');
  const [record] = useMutation(RECORD_MEASURE_VALUE);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const number = parseNumber(value);
    const problems = onlyErrors({
      value: (number === null || Number.isNaN(number)) && t('measures.valueInvalid'),
      measuredOn: !day && t('measures.dayRequired'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length || number === null) return focusFirstInvalid(form);
    const done = await run(
      () =>
        record({
          variables: {
            input: { measureId: measure.id, value: number, measuredOn: day, note: note.trim() || null },
          },
        }),
      {
        success: t('measures.recorded', { name: measure.name }),
        fields: { value: 'goals:measures.valueInvalid', measuredOn: 'goals:measures.dayRequired' },
      },
    );
    if (done) {
      setValue('');
      setNote('');
    } else focusFirstInvalid(form);
  }

  return (
    <details>
      <summary>{t('measures.record', { name: measure.name })}</summary>
      <form onSubmit={submit} noValidate>
        <p role="status" className={notice ? 'notice' : undefined}>
          {notice}
        </p>
        <FormError message={error} />
        <TextField
          id={`${id}-value`}
          label={t('measures.value')}
          inputMode="decimal"
          value={value}
          onChange={setValue}
          error={fieldErrors.value}
        />
        <TextField
          id={`${id}-day`}
          label={t('measures.day')}
          type="date"
          value={day}
          onChange={setDay}
          error={fieldErrors.measuredOn}
        />
        <TextField
          id={`${id}-note`}
          label={t('measures.note')}
          value={note}
          onChange={setNote}
          maxLength={1000}
        />
        <button type="submit" disabled={pending}>
          {t('measures.recordSubmit')}
        </button>
      </form>
    </details>
  );
}
