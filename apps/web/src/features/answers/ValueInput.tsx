import { MAX_ANSWER_TEXT, type AnswerInputProblem } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from './types';
import styles from './answers.module.css';

/** Above this many options a choice is a select, else radio buttons. */
const RADIO_LIMIT = 6;

/**
 * The entry for one question by its answer type: yes/no and choices as radio buttons (a select
 * for long lists), numbers and percentages as text with a decimal comma allowed (type="number"
 * refuses "12,5" in some browsers), texts as a text area.
 */
export function ValueInput({
  question,
  raw,
  problem,
  onChange,
}: {
  question: QuestionView;
  raw: string;
  problem: AnswerInputProblem | null;
  onChange(raw: string, typed: boolean): void;
}) {
  const { t } = useTranslation('answers');
  const { id, answerType, options, unit } = question.indicator;
  const inputId = `answer-${id}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const invalid = problem && problem !== 'EMPTY' ? true : undefined;
  const error = problem && problem !== 'EMPTY' && (
    <p id={errorId} className="field-error">
      {t(`problem.${problem}`)}
    </p>
  );

  if (answerType === 'YES_NO' || (answerType === 'CHOICE' && (options?.length ?? 0) <= RADIO_LIMIT)) {
    const choices =
      answerType === 'YES_NO'
        ? [
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]
        : (options ?? []).map((o) => ({ value: o, label: o }));
    return (
      <fieldset className="field">
        <legend>{t('answer')}</legend>
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={inputId}
              value={choice.value}
              checked={raw === choice.value}
              onChange={() => onChange(choice.value, false)}
            />{' '}
            {choice.label}
          </label>
        ))}
        {error}
      </fieldset>
    );
  }
  if (answerType === 'CHOICE')
    return (
      <div className="field">
        <label htmlFor={inputId}>{t('answer')}</label>
        <select id={inputId} value={raw} onChange={(e) => onChange(e.target.value, false)}>
          <option value="">{t('choose')}</option>
          {(options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {error}
      </div>
    );
  if (answerType === 'TEXT')
    return (
      <div className="field">
        <label htmlFor={inputId}>{t('answer')}</label>
        <textarea
          id={inputId}
          rows={3}
          value={raw}
          maxLength={MAX_ANSWER_TEXT}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => onChange(e.target.value, true)}
        />
        {error}
      </div>
    );
  const suffix = answerType === 'PERCENT' ? '%' : unit;
  return (
    <div className="field">
      <label htmlFor={inputId}>
        {t('answer')}
        {suffix && <> ({suffix})</>}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={raw}
        className={styles.numberInput}
        aria-invalid={invalid}
        aria-describedby={[hintId, invalid && errorId].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value, true)}
      />
      <p id={hintId} className="hint">
        {answerType === 'PERCENT' ? t('hint.percent') : t('hint.number')}
      </p>
      {error}
    </div>
  );
}
