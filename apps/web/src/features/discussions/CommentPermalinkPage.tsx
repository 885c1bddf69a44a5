import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/page';
import { NotFound } from '../../layout/NotFound';
import { QueryState } from '../../layout/QueryState';
import { isDenied } from '../../a11y/AccessDenied';
import { COMMENT_PERMALINK } from './discussions.graphql';
import { commentAnchor, subjectPath } from './subject';

/**
 * `/comments/:id`: finds the comment's subject and goes there with `#comment-<id>`, where the
 * comment is highlighted and scrolled into view. A comment I may not see (another network's, or
 * none) is the not-found page: whether it exists is not told.
 */
export function CommentPermalinkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('discussions');
  const navigate = useNavigate();
  usePageTitle(t('permalink.title'));
  const { data, loading, error, refetch } = useQuery(COMMENT_PERMALINK, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const thread = data?.comment?.thread;
  const target = thread ? subjectPath(thread.subjectType, thread.subjectId) : null;

  useEffect(() => {
    if (target) void navigate(`${target}#${commentAnchor(id)}`, { replace: true });
  }, [target, id, navigate]);

  if (isDenied(error, !loading && !error && data !== undefined && !target)) return <NotFound />;
  return <QueryState loading={loading || Boolean(target)} error={error} onRetry={() => void refetch()} />;
}
