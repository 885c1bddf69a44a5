import { useMutation, useQuery } from '@apollo/client/react';
import { can, THREAD_TITLE_MAX, type SubjectType } from '@samrad/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { FormError, TextField } from '../../layout/forms';
import { QueryState } from '../../layout/QueryState';
import { useAction } from '../../shared/useAction';
import { CommentEditor } from './CommentEditor';
import { DISCUSSION_NETWORK, POST_COMMENT, SUBJECT_THREADS } from './discussions.graphql';
import { useDebouncedRefresh, useSubjectActivity } from './live';
import { uniqueMembers } from './mentions';
import { subjectRoom } from './subject';
import { Thread, type ThreadContext } from './Thread';
import styles from './discussions.module.css';

export interface ThreadPanelProps {
  subjectType: SubjectType;
  subjectId: string;
  /** The subject's network: who may be mentioned, who may hide comments. */
  networkId: string;
  /** The room that gets the subject's `thread.activity` (default: by subject type, see subject.ts). */
  room?: string | null;
}

/**
 * The discussion beside a subject: its threads, live (each thread's room, and the subject's room
 * for threads started elsewhere), and a way to start one. Drop it onto any subject's page:
 * `<ThreadPanel subjectType="MEETING" subjectId={id} networkId={networkId} room={`network:${networkId}`} />`.
 */
export function ThreadPanel({ subjectType, subjectId, networkId, room }: ThreadPanelProps) {
  const { t, i18n } = useTranslation('discussions');
  const { user } = useAuth();
  const threads = useQuery(SUBJECT_THREADS, { variables: { subjectType, subjectId } });
  const network = useQuery(DISCUSSION_NETWORK, { variables: { networkId } });
  const [postComment] = useMutation(POST_COMMENT);
  const action = useAction();
  const titleId = useId();
  const [starting, setStarting] = useState(false);
  const [title, setTitle] = useState('');
  const refresh = useDebouncedRefresh(() => threads.refetch());
  useSubjectActivity(
    room === undefined ? subjectRoom(subjectType, subjectId) : room,
    subjectType,
    subjectId,
    refresh,
  );

  const members = useMemo(
    () => uniqueMembers(network.data?.network?.members ?? [], i18n.language),
    [network.data, i18n.language],
  );
  const grants = (network.data?.network?.myMemberships ?? []).map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));

  const post = async (
    body: string,
    options: { threadId?: string; replyToId?: string; threadTitle?: string },
  ) => {
    const posted = await action.run(() =>
      postComment({ variables: { input: { subjectType, subjectId, body, ...options } } }),
    );
    if (posted) await threads.refetch();
    return Boolean(posted);
  };
  const context: ThreadContext = {
    meId: user?.id,
    canModerate: can(grants, 'discussion.moderate'),
    members,
    post,
    pending: action.pending,
    refresh,
  };
  const list = threads.data?.threads;

  return (
    <section className={`card stack ${styles.panel}`} aria-labelledby={titleId} data-testid="thread-panel">
      <h2 id={titleId}>{t('panel.title')}</h2>
      {!list ? (
        <QueryState loading={threads.loading} error={threads.error} onRetry={() => void threads.refetch()} />
      ) : (
        <>
          {list.length === 0 && <p className="meta">{t('panel.empty')}</p>}
          {list.map((thread) => (
            <Thread key={thread.id} thread={thread} context={context} />
          ))}
          {list.length === 0 ? (
            <CommentEditor
              label={t('panel.firstComment')}
              submitLabel={t('thread.send')}
              members={members}
              pending={action.pending}
              onSubmit={(body) => post(body, {})}
            />
          ) : starting ? (
            <div className="stack">
              <h3>{t('panel.newThread')}</h3>
              <TextField
                label={t('panel.threadTitle')}
                value={title}
                onChange={setTitle}
                maxLength={THREAD_TITLE_MAX}
              />
              <CommentEditor
                label={t('panel.firstComment')}
                submitLabel={t('panel.startThread')}
                members={members}
                pending={action.pending}
                onCancel={() => setStarting(false)}
                onSubmit={async (body) => {
                  const posted = await post(body, { threadTitle: title.trim() || undefined });
                  if (posted) {
                    setStarting(false);
                    setTitle('');
                  }
                  return posted;
                }}
              />
            </div>
          ) : (
            <div className="actions">
              <button type="button" onClick={() => setStarting(true)}>
                {t('panel.newThread')}
              </button>
            </div>
          )}
        </>
      )}
      <FormError message={action.error} />
    </section>
  );
}
