import styles from './upload.module.css';

/** An upload's progress bar, announced as it moves; nothing when no upload runs. */
export function UploadProgress({ progress, label }: { progress: number | null; label: string }) {
  if (progress === null) return null;
  return (
    <div className={styles.progress}>
      <label htmlFor="upload-progress">{label}</label>
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
