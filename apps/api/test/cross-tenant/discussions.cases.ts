import {
  COMMENT,
  DELETE_COMMENT,
  EDIT_COMMENT,
  FOLLOW,
  HIDE_COMMENT,
  POST,
  SEARCH,
  THREADS,
  UNFOLLOW,
} from '../discussion-fixtures.js';
import type { CaseTable } from './world.js';

/** Issue 17: A's thread on a question of its interpretation round, and its comments. */
export const discussionCases: CaseTable = {
  'Query.threads': ({ A, B, stranger }) => [
    {
      label: "B's coordinator lists the threads of A's question",
      as: B.coordinator,
      query: THREADS,
      variables: { type: 'INDICATOR', id: A.discussion.subjectId },
      control: A.viewer,
    },
    {
      label: "a stranger lists the threads of A's round",
      as: stranger,
      query: THREADS,
      variables: { type: 'ROUND', id: A.interpretation.roundId },
    },
    {
      label: "B's head lists the threads of network A",
      as: B.headSolna,
      query: THREADS,
      variables: { type: 'NETWORK', id: A.id },
    },
  ],
  'Query.comment': ({ A, B, stranger }) => [
    {
      label: "B's coordinator opens a permalink to A's comment",
      as: B.coordinator,
      query: COMMENT,
      variables: { id: A.discussion.commentId },
      control: A.viewer,
    },
    { label: 'a stranger opens it', as: stranger, query: COMMENT, variables: { id: A.discussion.replyId } },
  ],
  'Mutation.postComment': ({ A, B }) => [
    {
      label: "B's coordinator comments on A's question",
      as: B.coordinator,
      query: POST,
      variables: { input: { subjectType: 'INDICATOR', subjectId: A.discussion.subjectId, body: 'x' } },
    },
    {
      label: "B's head comments on network A",
      as: B.headSolna,
      query: POST,
      variables: { input: { subjectType: 'NETWORK', subjectId: A.id, body: 'x' } },
    },
    {
      label: "B's editor replies to A's comment on B's own network",
      as: B.editorTaby,
      query: POST,
      variables: {
        input: { subjectType: 'NETWORK', subjectId: B.id, body: 'x', replyToId: A.discussion.commentId },
      },
      expect: ['BAD_USER_INPUT'],
    },
    {
      label: "B's editor posts into A's thread on B's own network",
      as: B.editorTaby,
      query: POST,
      variables: {
        input: { subjectType: 'NETWORK', subjectId: B.id, body: 'x', threadId: A.discussion.threadId },
      },
      expect: ['BAD_USER_INPUT'],
    },
  ],
  'Mutation.editComment': ({ A, B }) => [
    {
      label: "B's coordinator edits A's comment",
      as: B.coordinator,
      query: EDIT_COMMENT,
      variables: { id: A.discussion.commentId, body: 'taken over' },
    },
    {
      label: "A's coordinator edits editorX's comment",
      as: A.coordinator,
      query: EDIT_COMMENT,
      variables: { id: A.discussion.commentId, body: 'taken over' },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.deleteComment': ({ A, B }) => [
    {
      label: "B's editor deletes A's comment",
      as: B.editorTaby,
      query: DELETE_COMMENT,
      variables: { id: A.discussion.replyId },
    },
    {
      label: "A's editor deletes the viewer's reply",
      as: A.editorX,
      query: DELETE_COMMENT,
      variables: { id: A.discussion.replyId },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.hideComment': ({ A, B }) => [
    {
      label: "B's coordinator hides A's comment",
      as: B.coordinator,
      query: HIDE_COMMENT,
      variables: { id: A.discussion.replyId, reason: 'x' },
    },
    {
      label: "A's head hides a comment",
      as: A.headX,
      query: HIDE_COMMENT,
      variables: { id: A.discussion.replyId, reason: 'x' },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.followThread': ({ A, B }) => [
    {
      label: "B's coordinator follows A's thread",
      as: B.coordinator,
      query: FOLLOW,
      variables: { id: A.discussion.threadId },
      control: A.headX,
    },
  ],
  'Mutation.unfollowThread': ({ A, B, stranger }) => [
    {
      label: "a stranger unfollows A's thread",
      as: stranger,
      query: UNFOLLOW,
      variables: { id: A.discussion.threadId },
    },
    {
      label: "B's head unfollows A's thread",
      as: B.headSolna,
      query: UNFOLLOW,
      variables: { id: A.discussion.threadId },
      control: A.editorY,
    },
  ],
  'Query.searchDiscussions': ({ A, B, stranger }) => [
    {
      label: "B's coordinator searches A's discussions",
      as: B.coordinator,
      query: SEARCH,
      variables: { input: { networkId: A.id, query: 'menas' } },
      control: A.viewer,
    },
    {
      label: "a stranger searches A's discussions for A's round",
      as: stranger,
      query: SEARCH,
      variables: { input: { networkId: A.id, query: 'nämnd', roundId: A.interpretation.roundId } },
    },
  ],
};
