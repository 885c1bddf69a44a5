import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineProblems, ROUND_PHASES, type DeadlineProblem, type RoundPhase } from '@samrad/domain';
import { focusById } from '../../a11y/page';
import { FormError } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import { UPDATE_ROUND } from './rounds.graphql';
import styles from './rounds.module.css';

/** The phases that can have a deadline: the round ends with CLOSED, which has none. */
const PHASES_WITH_DEADLINES = ROUND_PHASES.filter((p) => p !== 'CLOSED');

/** `2026-03-31T21:59:00Z` → `2026-03-31` in the reader's own time zone, for <input type="date">. */
const toDateInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Coordinator form: one optional deadline per phase (end of that day, local time). */
export function DeadlinesEditor({
  roundId,
  deadlines,
}: {
  roundId: string;
  deadlines: { phase: RoundPhase; deadline: string | null }[];
}) {
  const { t } = useTranslation('rounds');
  const current = new Map(deadlines.map((d) => [d.phase, toDateInput(d.deadline)]));
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(PHASES_WITH_DEADLINES.map((p) => [p, current.get(p) ?? ''])),
  );
  // The round's own event (round.updated) refreshes the page: no refetchQueries.
  const [update] = useMutation(UPDATE_ROUND);
  const { run, pending, error, notice, setNotice } = useAction();
  const [problems, setProblems] = useState<DeadlineProblem[]>([]);

  async function save(event: FormEvent) {
    event.preventDefault();
    // Only the days that changed are sent: re-deriving the others from this browser's time zone
    // would move deadlines that someone elsewhere set (and everyone's countdown with them).
    const phaseDeadlines = PHASES_WITH_DEADLINES.filter(
      (phase) => values[phase] !== (current.get(phase) ?? ''),
    ).map((phase) => ({
      phase,
      deadline: values[phase] ? new Date(`${values[phase]}T23:59:00`).toISOString() : null,
    }));
    // The API's own rule (libs/domain), checked here first so each field says what is wrong.
    const stored = Object.fromEntries(deadlines.map((d) => [d.phase, d.deadline]));
    const found = deadlineProblems(stored, phaseDeadlines, new Date());
    setProblems(found);
    if (found.length > 0) {
      focusById(`deadline-${found[0].phase}`);
      return;
    }
    if (phaseDeadlines.length === 0) {
      setNotice(t('deadlines.saved'));
      return;
    }
    await run(() => update({ variables: { id: roundId, input: { phaseDeadlines } } }), {
      success: t('deadlines.saved'),
    });
  }

  return (
    <details className="deadlines">
      <summary>{t('deadlines.title')}</summary>
      <form onSubmit={save} noValidate>
        <FormError message={error} />
        <div className={styles.deadlineGrid}>
          {PHASES_WITH_DEADLINES.map((phase) => {
            const problem = problems.find((p) => p.phase === phase);
            return (
              <div className="field" key={phase}>
                <label htmlFor={`deadline-${phase}`}>{t(`phases.${phase}`)}</label>
                <input
                  id={`deadline-${phase}`}
                  type="date"
                  value={values[phase]}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `deadline-${phase}-error` : undefined}
                  onChange={(e) => setValues((v) => ({ ...v, [phase]: e.target.value }))}
                />
                {problem && (
                  <p id={`deadline-${phase}-error`} className="field-error">
                    {problem.rule === 'DEADLINE_PAST'
                      ? t('deadlines.past')
                      : t('deadlines.order', { other: t(`phases.${problem.otherPhase}`) })}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {t('deadlines.save')}
          </button>
          <span role="status">{notice ?? ''}</span>
        </div>
      </form>
    </details>
  );
}
