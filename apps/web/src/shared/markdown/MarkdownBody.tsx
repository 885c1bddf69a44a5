import { useMemo } from 'react';
import { renderMarkdown } from './markdown';
import styles from './markdown.module.css';

/**
 * Markdown written by members (comments, agenda notes, minutes, decisions), rendered and sanitised by
 * markdown.ts: the only place the web sets HTML.
 */
export function MarkdownBody({ body, testId }: { body: string; testId?: string }) {
  const html = useMemo(() => renderMarkdown(body), [body]);
  return <div className={styles.markdown} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
