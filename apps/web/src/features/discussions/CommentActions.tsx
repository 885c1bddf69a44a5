import { useMutation } from '@apollo/client/react';
import { HIDE_REASON_MAX } from '@samrad/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../a11y/ConfirmDialog';
import { useAnnounce } from '../../a11y/Announcer';
import { FormError, TextField } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import { DELETE_COMMENT, HIDE_COMMENT, type CommentData } from './discussions.graphql';
import { permalinkPath } from './subject';

/** Delete (its author, after asking) and hide with a reason (a coordinator), and copy its link. */
export function CommentActions({
  comment,
  mine,
  canModerate,
  onEdit,
  onReply,
}: {
  comment: CommentData;
  mine: boolean;
  canModerate: boolean;
  onEdit?(): void;
  onReply?(): void;
}) {
  const { t } = useTranslation('discussions');
  const announce = useAnnounce();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [deleteComment] = useMutation(DELETE_COMMENT);
  const [hideComment] = useMutation(HIDE_COMMENT);
  const visible = comment.status === 'VISIBLE';
  const who = comment.author.displayName;

  const copyLink = async () => {
    const url = new URL(permalinkPath(comment.id), window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      announce(t('comment.linkCopied'));
      action.setNotice(t('comment.linkCopied'));
    } catch {
      action.setNotice(t('comment.linkIs', { url }));
    }
  };

  return (
    <div className="stack">
      <div className="inline-actions">
        {onReply && visible && (
          <button type="button" onClick={onReply} aria-label={t('comment.replyTo', { name: who })}>
            {t('comment.reply')}
          </button>
        )}
        {mine && visible && onEdit && (
          <button type="button" onClick={onEdit}>
            {t('comment.edit')}
          </button>
        )}
        {mine && visible && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('comment.delete')}
          </button>
        )}
        {canModerate && !mine && visible && (
          <button type="button" aria-expanded={hiding} onClick={() => setHiding((open) => !open)}>
            {t('comment.hide')}
          </button>
        )}
        <button type="button" onClick={() => void copyLink()}>
          {t('comment.copyLink')}
        </button>
      </div>
      {hiding && (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void action
              .run(() => hideComment({ variables: { commentId: comment.id, reason: reason.trim() } }), {
                success: t('comment.hidden'),
              })
              .then((done) => done && setHiding(false));
          }}
        >
          <TextField
            label={t('comment.hideReason')}
            value={reason}
            onChange={setReason}
            maxLength={HIDE_REASON_MAX}
            required
          />
          <div className="actions">
            <button type="submit" className="danger" disabled={action.pending || !reason.trim()}>
              {t('comment.hideConfirm')}
            </button>
            <button type="button" onClick={() => setHiding(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
      <FormError message={action.error} />
      {action.notice && (
        <p role="status" className="meta">
          {action.notice}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('comment.deleteTitle')}
        confirmLabel={t('comment.delete')}
        danger
        busy={action.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          void action
            .run(() => deleteComment({ variables: { commentId: comment.id } }), {
              success: t('comment.deleted'),
            })
            .then(() => setConfirming(false))
        }
      >
        <p>{t('comment.deleteText')}</p>
      </ConfirmDialog>
    </div>
  );
}
