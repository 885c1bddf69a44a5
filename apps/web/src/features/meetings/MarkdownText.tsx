import styles from './meetings.module.css';

/**
 * Markdown written by members (agenda notes, minutes, decisions), shown as the text it is: line breaks kept,
 * nothing interpreted as HTML (React escapes it). To be replaced by the discussions' safe markdown renderer.
 */
export function MarkdownText({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className={styles.prewrap} data-testid={testId}>
      {text}
    </div>
  );
}
