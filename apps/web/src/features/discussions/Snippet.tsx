import type { SearchHit } from './discussions.graphql';
import styles from './discussions.module.css';

/** A hit's snippet: plain text with the matched words marked (never HTML from the server). */
export function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <p className={styles.snippet}>
      {parts.map((part, index) =>
        part.highlighted ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
