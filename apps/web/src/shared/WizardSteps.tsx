import { FormError } from '../layout/forms';
import styles from './upload.module.css';
import { UploadProgress } from './UploadProgress';

/** The steps of an upload wizard, the current one marked for screen readers (aria-current). */
export function WizardSteps<S extends string>({
  steps,
  current,
  label,
  text,
}: {
  steps: readonly S[];
  current: S;
  label: string;
  text: (step: S) => string;
}) {
  return (
    <ol className={styles.steps} aria-label={label}>
      {steps.map((step) => (
        <li key={step} aria-current={step === current ? 'step' : undefined}>
          {text(step)}
        </li>
      ))}
    </ol>
  );
}

/** The top of an upload wizard: its steps, the form's error (announced) and the upload's progress. */
export function WizardStatus<S extends string>({
  error,
  progress,
  progressLabel,
  ...steps
}: Parameters<typeof WizardSteps<S>>[0] & {
  error: string | null;
  progress: number | null;
  progressLabel: string;
}) {
  return (
    <>
      <WizardSteps {...steps} />
      <FormError message={error} />
      <UploadProgress progress={progress} label={progressLabel} />
    </>
  );
}
