import type { GoalStatus } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { STATUS_SYMBOL, type ReportedStatus } from './progress';
import styles from './goals.module.css';

/** A municipality's progress status: its shape and its word (never colour alone). */
export function ProgressBadge({ status }: { status: ReportedStatus }) {
  const { t } = useTranslation('progress');
  return (
    <span className={`${styles.badge} ${styles[`progress-${status}`] ?? ''}`} data-status={status}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {t(`status.${status}`)}
    </span>
  );
}

/** The goal's own status (proposed, active, achieved, dropped), in words. */
export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation('progress');
  return (
    <span className={`badge ${styles[`goal-${status}`] ?? ''}`} data-goal-status={status}>
      {t(`goalStatus.${status}`)}
    </span>
  );
}
