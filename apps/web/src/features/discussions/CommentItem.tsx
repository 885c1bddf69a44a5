import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { FormError } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import { CommentActions } from './CommentActions';
import { CommentEditor } from './CommentEditor';
import { EDIT_COMMENT, type CommentData } from './discussions.graphql';
import { MarkdownBody } from '../../shared/markdown/MarkdownBody';
import type { Mentionable } from './mentions';
import { commentAnchor } from './subject';
import styles from './discussions.module.css';

interface Props {
  comment: CommentData;
  meId: string | undefined;
  canModerate: boolean;
  members: readonly Mentionable[];
  onReply?(): void;
  /** Its replies (one level). */
  children?: ReactNode;
}

/** One comment: author, time, "edited", the body (or "comment removed"), and what I may do with it. */
export function CommentItem({ comment, meId, canModerate, members, onReply, children }: Props) {
  const { t, i18n } = useTranslation('discussions');
  const [editing, setEditing] = useState(false);
  const [editComment] = useMutation(EDIT_COMMENT);
  const action = useAction();
  const anchor = commentAnchor(comment.id);
  const highlighted = useLocation().hash === `#${anchor}`;
  const ref = useRef<HTMLElement>(null);
  const mine = comment.author.id === meId;
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  // A permalink (#comment-<id>) brings the comment into view and moves focus to it.
  useEffect(() => {
    if (!highlighted) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [highlighted]);

  return (
    <li>
      <article
        id={anchor}
        ref={ref}
        tabIndex={-1}
        data-testid="comment"
        aria-label={t('comment.by', { name: comment.author.displayName })}
        className={`${styles.comment} ${highlighted ? styles.highlighted : ''}`}
      >
        <header className={styles.commentHead}>
          <strong>{comment.author.displayName}</strong>{' '}
          <time dateTime={comment.createdAt} className="meta">
            {when(comment.createdAt)}
          </time>
          {comment.editedAt && comment.status === 'VISIBLE' && (
            <span className="meta" title={when(comment.editedAt)}>
              {' '}
              · {t('comment.edited')}
            </span>
          )}
        </header>
        {comment.status === 'VISIBLE' ? (
          editing ? (
            <>
              <CommentEditor
                label={t('comment.editLabel')}
                submitLabel={t('common:actions.save')}
                members={members}
                initial={comment.body}
                pending={action.pending}
                autoFocus
                onCancel={() => setEditing(false)}
                onSubmit={async (body) => {
                  const saved = await action.run(() =>
                    editComment({ variables: { commentId: comment.id, body } }),
                  );
                  if (saved) setEditing(false);
                  return Boolean(saved);
                }}
              />
              <FormError message={action.error} />
            </>
          ) : (
            <MarkdownBody body={comment.body} />
          )
        ) : (
          <p className={styles.removed} data-testid="comment-removed">
            {comment.status === 'HIDDEN'
              ? t('comment.hiddenWithReason', { reason: comment.hiddenReason ?? '' })
              : t('comment.removed')}
          </p>
        )}
        {!editing && (
          <CommentActions
            comment={comment}
            mine={mine}
            canModerate={canModerate}
            onEdit={() => setEditing(true)}
            onReply={onReply}
          />
        )}
      </article>
      {children}
    </li>
  );
}
