import type { ResultOf } from '../../graphql/graphql';
import { graphql } from '../../graphql/graphql';

export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on Comment {
    id
    body
    status
    hiddenReason
    replyToId
    createdAt
    editedAt
    removedAt
    author {
      id
      displayName
    }
  }
`);

/** A subject's threads with every comment (oldest first; replies carry replyToId). */
export const SUBJECT_THREADS = graphql(
  `
    query SubjectThreads($subjectType: SubjectType!, $subjectId: ID!) {
      threads(subjectType: $subjectType, subjectId: $subjectId) {
        id
        title
        following
        createdAt
        comments {
          ...CommentFields
        }
      }
    }
  `,
  [COMMENT_FIELDS],
);

/** Who may be mentioned (the network's members) and whether I may hide comments. */
export const DISCUSSION_NETWORK = graphql(`
  query DiscussionNetwork($networkId: ID!) {
    network(id: $networkId) {
      id
      name
      myMemberships {
        id
        role
        municipality {
          id
        }
      }
      members {
        id
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const POST_COMMENT = graphql(
  `
    mutation PostComment($input: PostCommentInput!) {
      postComment(input: $input) {
        ...CommentFields
        thread {
          id
        }
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const EDIT_COMMENT = graphql(
  `
    mutation EditComment($commentId: ID!, $body: String!) {
      editComment(commentId: $commentId, body: $body) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const DELETE_COMMENT = graphql(
  `
    mutation DeleteComment($commentId: ID!) {
      deleteComment(commentId: $commentId) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const HIDE_COMMENT = graphql(
  `
    mutation HideComment($commentId: ID!, $reason: String!) {
      hideComment(commentId: $commentId, reason: $reason) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const FOLLOW_THREAD = graphql(`
  mutation FollowThread($threadId: ID!) {
    followThread(threadId: $threadId) {
      id
      following
    }
  }
`);

export const UNFOLLOW_THREAD = graphql(`
  mutation UnfollowThread($threadId: ID!) {
    unfollowThread(threadId: $threadId) {
      id
      following
    }
  }
`);

/** A permalink: the comment's thread names the subject to show it beside. */
export const COMMENT_PERMALINK = graphql(`
  query CommentPermalink($id: ID!) {
    comment(id: $id) {
      id
      thread {
        id
        subjectType
        subjectId
        roundId
      }
    }
  }
`);

export const SEARCH_DISCUSSIONS = graphql(`
  query SearchDiscussions($input: SearchDiscussionsInput!) {
    searchDiscussions(input: $input) {
      rank
      snippet {
        text
        highlighted
      }
      comment {
        id
        createdAt
        author {
          id
          displayName
        }
        thread {
          id
          title
          subjectType
          subjectId
          roundId
        }
      }
    }
  }
`);

/** The filters of the search page: the network's rounds and members. */
export const SEARCH_FILTERS = graphql(`
  query DiscussionSearchFilters($networkId: ID!) {
    network(id: $networkId) {
      id
      name
      rounds {
        id
        title
      }
      members {
        id
        user {
          id
          displayName
        }
      }
    }
  }
`);

export type ThreadData = ResultOf<typeof SUBJECT_THREADS>['threads'][number];
export type CommentData = ThreadData['comments'][number];
export type SearchHit = ResultOf<typeof SEARCH_DISCUSSIONS>['searchDiscussions'][number];
