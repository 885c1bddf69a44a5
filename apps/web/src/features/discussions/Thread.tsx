import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/Announcer';
import { FormError } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import { CommentEditor } from './CommentEditor';
import { CommentItem } from './CommentItem';
import { FOLLOW_THREAD, UNFOLLOW_THREAD, type CommentData, type ThreadData } from './discussions.graphql';
import { useThreadEvents } from './live';
import type { Mentionable } from './mentions';
import styles from './discussions.module.css';

export interface ThreadContext {
  meId: string | undefined;
  canModerate: boolean;
  members: readonly Mentionable[];
  /** Sends a comment to this thread (a reply with replyToId); resolves true when posted. */
  post(body: string, options: { threadId: string; replyToId?: string }): Promise<boolean>;
  pending: boolean;
  /** Fetch the threads again (a change arrived on the thread's room). */
  refresh(): void;
}

/** One thread: its title, follow toggle, comments with their replies, and the editor to add one. */
export function Thread({ thread, context }: { thread: ThreadData; context: ThreadContext }) {
  const { t } = useTranslation('discussions');
  const announce = useAnnounce();
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const follow = useAction();
  const [followThread] = useMutation(FOLLOW_THREAD);
  const [unfollowThread] = useMutation(UNFOLLOW_THREAD);
  const titleId = `thread-${thread.id}-title`;

  useThreadEvents(thread.id, (authorId, posted) => {
    context.refresh();
    if (posted && authorId !== context.meId) announce(t('announce.posted', { thread: thread.title }));
  });

  const shared = { meId: context.meId, canModerate: context.canModerate, members: context.members };
  const top = thread.comments.filter((c) => !c.replyToId);
  const repliesTo = (parent: CommentData) => thread.comments.filter((c) => c.replyToId === parent.id);
  const toggleFollow = () =>
    follow.run(
      async () => {
        const variables = { threadId: thread.id };
        if (thread.following) await unfollowThread({ variables });
        else await followThread({ variables });
        return true;
      },
      { success: thread.following ? t('thread.unfollowed') : t('thread.followed') },
    );

  return (
    <section className={`stack ${styles.thread}`} aria-labelledby={titleId} data-testid="thread">
      <div className={styles.threadHead}>
        <h3 id={titleId}>{thread.title}</h3>
        <button
          type="button"
          aria-pressed={thread.following}
          disabled={follow.pending}
          onClick={() => void toggleFollow()}
        >
          {t('thread.follow')}
        </button>
      </div>
      <FormError message={follow.error} />
      <ol className={styles.comments}>
        {top.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            {...shared}
            onReply={() => setReplyingTo(comment.id)}
          >
            {(repliesTo(comment).length > 0 || replyingTo === comment.id) && (
              <ol className={`${styles.comments} ${styles.replies}`} aria-label={t('thread.replies')}>
                {repliesTo(comment).map((reply) => (
                  <CommentItem key={reply.id} comment={reply} {...shared} />
                ))}
                {replyingTo === comment.id && (
                  <li>
                    <CommentEditor
                      label={t('thread.replyLabel', { name: comment.author.displayName })}
                      submitLabel={t('thread.sendReply')}
                      members={context.members}
                      pending={context.pending}
                      autoFocus
                      onCancel={() => setReplyingTo(null)}
                      onSubmit={async (body) => {
                        const posted = await context.post(body, {
                          threadId: thread.id,
                          replyToId: comment.id,
                        });
                        if (posted) setReplyingTo(null);
                        return posted;
                      }}
                    />
                  </li>
                )}
              </ol>
            )}
          </CommentItem>
        ))}
      </ol>
      <CommentEditor
        label={t('thread.commentLabel', { thread: thread.title })}
        submitLabel={t('thread.send')}
        members={context.members}
        pending={context.pending}
        onSubmit={(body) => context.post(body, { threadId: thread.id })}
      />
    </section>
  );
}
