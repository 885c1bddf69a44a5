import type { CaseTable } from './world.js';

const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { kinds } }`;

/** Issue 17: notifications are only ever their recipient's own; unsubscribe links cannot be forged. */
export const notificationCases: CaseTable = {
  'Mutation.markNotificationsRead': ({ A, B }) => [
    {
      label: "B's coordinator marks A's viewer's notification read",
      as: B.coordinator,
      query: MARK,
      variables: { ids: [A.discussion.notificationId] },
      control: A.viewer,
    },
    {
      label: "A's coordinator (same network) marks the viewer's notification read",
      as: A.coordinator,
      query: MARK,
      variables: { ids: [A.discussion.notificationId] },
    },
  ],
  'Mutation.unsubscribe': ({ A, B, stranger, forgedUnsubscribe }) => [
    {
      label: "B's coordinator's own signature on A's viewer's id",
      as: B.coordinator,
      query: UNSUBSCRIBE,
      variables: { token: forgedUnsubscribe },
      expect: ['BAD_USER_INPUT'],
    },
    {
      label: "a stranger's made-up token for A's viewer",
      as: stranger,
      query: UNSUBSCRIBE,
      variables: { token: `${A.viewer.id}.ALL.${'A'.repeat(43)}` },
      expect: ['BAD_USER_INPUT'],
    },
  ],
};
