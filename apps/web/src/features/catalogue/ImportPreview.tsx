import { useTranslation } from 'react-i18next';
import styles from './catalogue.module.css';

export interface PreviewQuestion {
  code?: unknown;
  text?: unknown;
  answerType?: unknown;
  polarity?: unknown;
  section?: unknown;
}

interface QuestionText {
  code: string;
  text: string;
  answerType: string;
}

interface Change {
  code: string;
  before: string;
  after: string;
}

/** What the API's preview says a new year (or version) changes against the set it follows. */
export interface SetChanges {
  comparedWith: { id: string; key: string; year: number; version: number; title: string };
  added: QuestionText[];
  removed: QuestionText[];
  reworded: Change[];
  retyped: Change[];
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The questions as they will be imported: code, text, answer type, polarity and section. */
export function PreviewQuestions({ questions }: { questions: PreviewQuestion[] }) {
  const { t } = useTranslation('catalogue');
  // Unknown words (a refused row) are shown as written, so the reader finds them in the file.
  const answerType = (value: unknown) =>
    t(`indicators:answerTypes.${text(value)}`, { defaultValue: text(value) });
  const polarity = (value: unknown) =>
    value ? t(`indicators:polarities.${text(value)}`, { defaultValue: text(value) }) : '–';
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('import.questionsCaption', { count: questions.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.code')}</th>
            <th scope="col">{t('import.question')}</th>
            <th scope="col">{t('import.answerType')}</th>
            <th scope="col">{t('import.polarity')}</th>
            <th scope="col">{t('import.section')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q, index) => (
            <tr key={index}>
              <td>{text(q.code)}</td>
              <td>{text(q.text)}</td>
              <td>{answerType(q.answerType)}</td>
              <td>{polarity(q.polarity)}</td>
              <td>{text(q.section) || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Added, removed, reworded and retyped questions against the set this one follows. */
export function PreviewChanges({ changes }: { changes: SetChanges }) {
  const { t } = useTranslation('catalogue');
  const { comparedWith, added, removed, reworded, retyped } = changes;
  const type = (value: string) => t(`indicators:answerTypes.${value}`, { defaultValue: value });
  const none = !added.length && !removed.length && !reworded.length && !retyped.length;
  return (
    <section aria-labelledby="import-changes-title" className={styles.changes}>
      <h2 id="import-changes-title">
        {t('import.changes.title', {
          title: comparedWith.title,
          year: comparedWith.year,
          version: comparedWith.version,
        })}
      </h2>
      {none && <p>{t('import.changes.none')}</p>}
      {added.length > 0 && (
        <>
          <h3>{t('import.changes.added', { count: added.length })}</h3>
          <ul>
            {added.map((q) => (
              <li key={q.code}>
                <strong>{q.code}</strong> {q.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {removed.length > 0 && (
        <>
          <h3>{t('import.changes.removed', { count: removed.length })}</h3>
          <ul>
            {removed.map((q) => (
              <li key={q.code}>
                <strong>{q.code}</strong> {q.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {reworded.length > 0 && (
        <>
          <h3>{t('import.changes.reworded', { count: reworded.length })}</h3>
          <ul>
            {reworded.map((c) => (
              <li key={c.code}>
                <strong>{c.code}</strong> {t('import.changes.fromTo', { before: c.before, after: c.after })}
              </li>
            ))}
          </ul>
        </>
      )}
      {retyped.length > 0 && (
        <>
          <h3>{t('import.changes.retyped', { count: retyped.length })}</h3>
          <p className="hint">{t('import.changes.retypedHint')}</p>
          <ul>
            {retyped.map((c) => (
              <li key={c.code}>
                <strong>{c.code}</strong>{' '}
                {t('import.changes.fromTo', { before: type(c.before), after: type(c.after) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
