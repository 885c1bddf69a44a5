import type { TestApp } from './test-app.js';

export const COMMENT_FIELDS = `id body status hiddenReason replyToId createdAt editedAt removedAt
  author { id } mentions { id } history { body replacedAt }
  thread { id subjectType subjectId roundId title following }`;

export const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { ${COMMENT_FIELDS} } }`;
export const EDIT_COMMENT = `mutation($id: ID!, $body: String!) { editComment(commentId: $id, body: $body) { ${COMMENT_FIELDS} } }`;
export const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(commentId: $id) { ${COMMENT_FIELDS} } }`;
export const HIDE_COMMENT = `mutation($id: ID!, $reason: String!) { hideComment(commentId: $id, reason: $reason) { ${COMMENT_FIELDS} } }`;
export const COMMENT = `query($id: ID!) { comment(id: $id) { ${COMMENT_FIELDS} } }`;
export const THREADS = `query($type: SubjectType!, $id: ID!) {
  threads(subjectType: $type, subjectId: $id) {
    id subjectType subjectId roundId title following comments { id body status replyToId author { id } }
  }
}`;
export const FOLLOW = `mutation($id: ID!) { followThread(threadId: $id) { id following } }`;
export const UNFOLLOW = `mutation($id: ID!) { unfollowThread(threadId: $id) { id following } }`;
export const SEARCH = `query($input: SearchDiscussionsInput!) {
  searchDiscussions(input: $input) { comment { id body author { id } thread { id subjectType } } snippet { text highlighted } }
}`;
export const SET_LOCALE = `mutation($locale: String!) { updateProfile(input: { locale: $locale }) { id locale } }`;

/** Posts a comment that must succeed; returns it. */
export async function post(t: TestApp, token: string, input: Record<string, unknown>) {
  const result = await t.gql(POST, { input }, token);
  if (!result.data || result.errors) throw new Error(`postComment failed: ${JSON.stringify(result.errors)}`);
  return result.data.postComment;
}
