import { useMemo } from 'react';
import { renderMarkdown } from './markdown';
import styles from './discussions.module.css';

/** A comment body: markdown rendered and sanitised by markdown.ts (the only place HTML is set). */
export function MarkdownBody({ body }: { body: string }) {
  const html = useMemo(() => renderMarkdown(body), [body]);
  return <div className={styles.markdown} dangerouslySetInnerHTML={{ __html: html }} />;
}
