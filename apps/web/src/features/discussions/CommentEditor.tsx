import { COMMENT_BODY_MAX, editCommentSchema } from '@samrad/domain';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldAria, FieldError } from '../../shared/Field';
import { MarkdownBody } from '../../shared/markdown/MarkdownBody';
import { MentionTextarea } from './MentionTextarea';
import type { Mentionable } from './mentions';
import styles from './discussions.module.css';

/** Why a body is refused before it is sent (the API's rule from libs/domain), as a translation key. */
export function bodyProblem(body: string): string | null {
  const result = editCommentSchema.shape.body.safeParse(body);
  if (result.success) return null;
  if (!body.trim()) return 'editor.empty';
  if (body.length > COMMENT_BODY_MAX) return 'editor.tooLong';
  return 'editor.invalid';
}

interface Props {
  label: string;
  submitLabel: string;
  members: readonly Mentionable[];
  initial?: string;
  pending?: boolean;
  /** Resolves true when the body was saved (the editor then empties). */
  onSubmit(body: string): Promise<boolean>;
  onCancel?(): void;
  autoFocus?: boolean;
}

/** Markdown with write and preview tabs, @mention suggestions and the length counter. */
export function CommentEditor({
  label,
  submitLabel,
  members,
  initial = '',
  pending,
  onSubmit,
  onCancel,
  autoFocus,
}: Props) {
  const { t, i18n } = useTranslation('discussions');
  const id = useId();
  const [body, setBody] = useState(initial);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [problem, setProblem] = useState<string | null>(null);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const counterId = `${id}-counter`;
  const { control, errorId } = fieldAria(`${id}-body`, { error: problem });
  const over = body.length > COMMENT_BODY_MAX;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const refused = bodyProblem(body);
    setProblem(refused ? t(refused, { max: COMMENT_BODY_MAX.toLocaleString(i18n.language) }) : null);
    if (refused) {
      setTab('write');
      return;
    }
    if (await onSubmit(body)) setBody('');
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tab === 'write' ? 'preview' : 'write';
    setTab(next);
    tabs.current[next]?.focus();
  };

  const tabButton = (name: 'write' | 'preview') => (
    <button
      type="button"
      role="tab"
      id={`${id}-tab-${name}`}
      ref={(element) => {
        tabs.current[name] = element;
      }}
      aria-selected={tab === name}
      aria-controls={`${id}-panel-${name}`}
      tabIndex={tab === name ? 0 : -1}
      className={styles.tab}
      onClick={() => setTab(name)}
      onKeyDown={onTabKey}
    >
      {t(`editor.${name}`)}
    </button>
  );

  return (
    <form className={`stack ${styles.editor}`} onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={control.id}>{label}</label>
        <div role="tablist" aria-label={label} className={styles.tabs}>
          {tabButton('write')}
          {tabButton('preview')}
        </div>
        <div
          role="tabpanel"
          id={`${id}-panel-write`}
          aria-labelledby={`${id}-tab-write`}
          hidden={tab !== 'write'}
        >
          <MentionTextarea
            {...control}
            aria-describedby={[counterId, control['aria-describedby']].filter(Boolean).join(' ')}
            value={body}
            onChange={(text) => {
              setBody(text);
              if (problem) setProblem(null);
            }}
            members={members}
            rows={4}
            autoFocus={autoFocus}
          />
        </div>
        <div
          role="tabpanel"
          id={`${id}-panel-preview`}
          aria-labelledby={`${id}-tab-preview`}
          hidden={tab !== 'preview'}
          className={styles.preview}
          tabIndex={0}
        >
          {body.trim() ? (
            <MarkdownBody body={body} />
          ) : (
            <p className="meta">{t('editor.nothingToPreview')}</p>
          )}
        </div>
        <p id={counterId} className={over ? 'field-error' : 'meta'}>
          {t('editor.counter', {
            count: body.length,
            used: body.length.toLocaleString(i18n.language),
            max: COMMENT_BODY_MAX.toLocaleString(i18n.language),
          })}{' '}
          {t('editor.markdownHint')}
        </p>
        <FieldError id={errorId} error={problem} />
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
