import { useTranslation } from 'react-i18next';
import { ROUND_PHASES, phaseIndex, type RoundPhase } from '@samrad/domain';
import styles from './rounds.module.css';

const DAY = 86_400_000;

/** The seven phases in order: done, current (with its deadline and days left) and ahead. */
export function PhaseTimeline({
  phase,
  deadlines,
}: {
  phase: RoundPhase;
  deadlines: { phase: RoundPhase; deadline: string | null }[];
}) {
  const { t, i18n } = useTranslation('rounds');
  const current = phaseIndex(phase);
  const deadlineOf = new Map(deadlines.map((d) => [d.phase, d.deadline]));
  return (
    <ol className={styles.timeline} aria-label={t('timeline.label')}>
      {ROUND_PHASES.map((p, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'ahead';
        const deadline = deadlineOf.get(p);
        const daysLeft = deadline ? Math.ceil((new Date(deadline).getTime() - Date.now()) / DAY) : null;
        return (
          <li key={p} className={styles[state]} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-name">{t(`phases.${p}`)}</span>
            <span className="visually-hidden">{t(`timeline.${state}`)}</span>
            {deadline && (
              <span className={styles.stepDeadline}>
                {new Date(deadline).toLocaleDateString(i18n.language)}
                {state === 'current' && daysLeft !== null && (
                  <strong>
                    {' '}
                    ·{' '}
                    {daysLeft >= 0
                      ? t('timeline.daysLeft', { count: daysLeft })
                      : t('timeline.overdue', { count: -daysLeft })}
                  </strong>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
