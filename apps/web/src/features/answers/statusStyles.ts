import styles from './answers.module.css';

/** The badge class of a municipality's status (CSS modules export camelCase names only). */
export const statusClass: Record<string, string | undefined> = {
  DRAFT: styles.statusDraft,
  SUBMITTED: styles.statusSubmitted,
  APPROVED: styles.statusApproved,
};

/** The class of a question's save state. */
export const saveStateClass: Record<string, string | undefined> = {
  saving: styles.stateSaving,
  saved: styles.stateSaved,
  conflict: styles.stateConflict,
  error: styles.stateError,
  invalid: styles.stateInvalid,
};
