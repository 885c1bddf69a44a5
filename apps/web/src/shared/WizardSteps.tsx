import styles from './upload.module.css';

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
