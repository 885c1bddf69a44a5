import { mentionToken } from '@samrad/domain';
import { post, SET_LOCALE } from '../../test/discussion-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { createNetwork, INVITE, peerNetwork } from '../../test/network-fixtures.js';
import { createRound, SET_PHASE } from '../../test/round-fixtures.js';
import { connectSocket, type TestSocket } from '../../test/sockets.js';
import { countStatements } from '../../test/sql-statements.js';
import { errorCode, registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';
import { ManualClock } from '../jobs/clock.js';
import { RoundNotifications } from './sources/round-notifications.js';

const LIST = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    nodes { id kind networkId subjectType subjectId link title detail actorName createdAt readAt }
    endCursor hasMore
  }
}`;
const COUNT = `query { unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const PREFERENCES = `query { notificationPreferences { kind channel isDefault } }`;
const SET_PREFERENCE = `mutation($kind: NotificationKind!, $channel: NotificationChannel!) {
  setNotificationPreference(kind: $kind, channel: $channel) { kind channel isDefault }
}`;

/**
 * In-app notifications through the real API and sockets: mentions and replies created with the
 * comment, live in the recipient's own `user:` room (nobody else's), listed and marked read,
 * per-kind preferences; phase changes, deadlines and invitations.
 */
describe('notifications (in-app, live in the user room)', () => {
  let t: TestApp;
  let peers: Awaited<ReturnType<typeof peerNetwork>>;
  let coordinator: TestUser;
  let head: TestUser;
  let outsider: TestUser;
  let headSocket: TestSocket;
  let headSecondTab: TestSocket;
  const clock = new ManualClock(new Date());
  const room = (user: TestUser) => `user:${user.id}`;
  const notificationsOf = async (user: TestUser, first = 50) =>
    (await ok(t, LIST, { first }, user.token)).notifications;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    peers = await peerNetwork(t, 'Notiser');
    coordinator = peers.net.coordinator;
    head = peers.headSolna;
    outsider = (await createNetwork(t, 'Annat nätverk', ['Solna'])).coordinator;
    // building the network invited everyone (INVITATION each): start the bells from nothing
    expect((await notificationsOf(head)).nodes.map((n: { kind: string }) => n.kind)).toEqual(['INVITATION']);
    await t.dataSource.query(`DELETE FROM notifications`);
    headSocket = await connectSocket(t.url, head.token);
    headSecondTab = await connectSocket(t.url, head.token);
    expect(await headSocket.subscribe(room(head))).toMatchObject({ ok: true });
    expect(await headSecondTab.subscribe(room(head))).toMatchObject({ ok: true });
  }, 180_000);
  afterAll(async () => {
    headSocket?.close();
    headSecondTab?.close();
    await t?.close();
  });

  it("lets nobody else into a user's room (NOT_FOUND, as another network's rooms)", async () => {
    for (const other of [coordinator, outsider]) {
      const socket = await connectSocket(t.url, other.token);
      try {
        expect(await socket.subscribe(room(head))).toMatchObject({ ok: false, error: 'NOT_FOUND' });
        expect(await socket.replay(room(head), 0)).toMatchObject({ ok: false, error: 'NOT_FOUND' });
      } finally {
        socket.close();
      }
    }
  });

  let mentionId: string;
  it('notifies a mentioned member live, with the comment; a mentioned non-member is notified of nothing', async () => {
    const comment = await post(t, coordinator.token, {
      subjectType: 'NETWORK',
      subjectId: peers.net.id,
      threadTitle: 'Hösten',
      body: `Hej ${mentionToken('Head', head.id)} och ${mentionToken('Ute', outsider.id)}: se siffrorna`,
    });
    await headSocket.waitFor((events) => events.some((e) => e.type === 'notification.created'));
    const [live] = headSocket.eventsOf(room(head), 'notification.created');
    expect(live.data).toMatchObject({
      kind: 'MENTION',
      subjectType: 'COMMENT',
      subjectId: comment.id,
      link: `/comments/${comment.id}`,
      title: 'Hösten',
      networkId: peers.net.id,
    });
    const [listed] = (await notificationsOf(head)).nodes;
    mentionId = listed.id;
    expect(listed).toMatchObject({
      id: live.data.notificationId,
      kind: 'MENTION',
      actorName: expect.any(String),
      detail: 'Hej @Head och @Ute: se siffrorna',
      readAt: null,
    });
    expect((await notificationsOf(outsider)).nodes).toEqual([]);
    expect((await notificationsOf(coordinator)).nodes).toEqual([]); // not of one's own comment
  });

  let threadId: string;
  it('tells the followers of a thread of a reply (not its author), in one insert for all of them', async () => {
    const [first] = (await notificationsOf(head)).nodes;
    const thread = await ok(
      t,
      `query($id: ID!) { comment(id: $id) { thread { id } } }`,
      {
        id: first.subjectId,
      },
      head.token,
    );
    threadId = thread.comment.thread.id;
    await post(t, head.token, { subjectType: 'NETWORK', subjectId: peers.net.id, threadId, body: 'Tack!' });
    const [reply] = (await notificationsOf(coordinator)).nodes;
    expect(reply).toMatchObject({ kind: 'REPLY', detail: 'Tack!', title: 'Hösten' });
    expect((await notificationsOf(head)).nodes).toHaveLength(1); // nothing for one's own reply

    // a third member's comment: both followers hear of it, with a fixed number of statements
    const { statements } = await countStatements(t.dataSource, () =>
      post(t, peers.editorSolna.token, {
        subjectType: 'NETWORK',
        subjectId: peers.net.id,
        threadId,
        body: 'Jag med',
      }),
    );
    expect(statements.filter((sql) => /INSERT INTO notifications/.test(sql))).toHaveLength(1);
    expect((await notificationsOf(coordinator)).nodes.map((n: any) => n.kind)).toEqual(['REPLY', 'REPLY']);
    expect((await notificationsOf(head)).nodes.map((n: any) => n.kind)).toEqual(['REPLY', 'MENTION']);
  });

  it('pages newest first with a cursor', async () => {
    const one = (await ok(t, LIST, { first: 1 }, head.token)).notifications;
    expect(one).toMatchObject({ hasMore: true, nodes: [{ kind: 'REPLY' }] });
    const two = (await ok(t, LIST, { first: 1, after: one.endCursor }, head.token)).notifications;
    expect(two).toMatchObject({ hasMore: false, nodes: [{ id: mentionId, kind: 'MENTION' }] });
    expect(errorCode(await t.gql(LIST, { first: 1, after: 'nonsense' }, head.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(LIST, { first: 500 }, head.token))).toBe('BAD_USER_INPUT');
    // another person's notification is no cursor of mine
    const theirs = (await notificationsOf(coordinator)).nodes[0].id;
    expect(errorCode(await t.gql(LIST, { first: 1, after: theirs }, head.token))).toBe('BAD_USER_INPUT');
  });

  it("marks read (one's own only) and tells one's other tabs the unread count", async () => {
    expect((await ok(t, COUNT, {}, head.token)).unreadNotificationCount).toBe(2);
    const theirs = (await notificationsOf(coordinator)).nodes[0].id;
    const refused = await t.gql(MARK, { ids: [mentionId, theirs] }, head.token);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect((await ok(t, COUNT, {}, coordinator.token)).unreadNotificationCount).toBe(2);
    expect(errorCode(await t.gql(MARK, {}, head.token))).toBe('BAD_USER_INPUT');

    expect((await ok(t, MARK, { ids: [mentionId] }, head.token)).markNotificationsRead).toBe(1);
    await headSecondTab.waitFor((events) => events.some((e) => e.type === 'notifications.read'));
    expect(headSecondTab.eventsOf(room(head), 'notifications.read')[0].data).toEqual({
      notificationIds: [mentionId],
      all: false,
      unread: 1,
    });
    expect((await ok(t, MARK, { all: true }, head.token)).markNotificationsRead).toBe(0);
    expect((await ok(t, COUNT, {}, head.token)).unreadNotificationCount).toBe(0);
  });

  it('follows the preferences: defaults, and OFF creates nothing', async () => {
    const defaults = (await ok(t, PREFERENCES, {}, coordinator.token)).notificationPreferences;
    expect(defaults).toEqual([
      { kind: 'MENTION', channel: 'EMAIL', isDefault: true },
      { kind: 'REPLY', channel: 'IN_APP', isDefault: true },
      { kind: 'INVITATION', channel: 'IN_APP', isDefault: true },
      { kind: 'PHASE_CHANGED', channel: 'IN_APP', isDefault: true },
      { kind: 'DEADLINE', channel: 'IN_APP', isDefault: true },
      { kind: 'GOAL_REMINDER', channel: 'EMAIL', isDefault: true },
    ]);
    const set = await ok(t, SET_PREFERENCE, { kind: 'REPLY', channel: 'OFF' }, coordinator.token);
    expect(set.setNotificationPreference).toEqual({ kind: 'REPLY', channel: 'OFF', isDefault: false });
    expect(errorCode(await t.gql(SET_PREFERENCE, { kind: 'NOPE', channel: 'OFF' }, coordinator.token))).toBe(
      'BAD_USER_INPUT',
    );
    const before = (await notificationsOf(coordinator)).nodes.length;
    await post(t, head.token, { subjectType: 'NETWORK', subjectId: peers.net.id, threadId, body: 'En till' });
    expect((await notificationsOf(coordinator)).nodes).toHaveLength(before);
    expect((await notificationsOf(peers.editorSolna)).nodes.map((n: any) => n.kind)).toEqual(['REPLY']);
  });

  it("tells the network's members of a phase change and, once, of the answering deadline", async () => {
    const { roundId } = await createRound(t, coordinator.token, peers.net.id);
    await ok(t, SET_PHASE, { id: roundId, phase: 'INTERPRETATION' }, coordinator.token);
    const phase = (await notificationsOf(peers.viewer)).nodes[0];
    expect(phase).toMatchObject({
      kind: 'PHASE_CHANGED',
      subjectType: 'ROUND',
      subjectId: roundId,
      link: `/rounds/${roundId}`,
      title: 'Omgång 2026',
      detail: 'INTERPRETATION',
    });
    expect((await notificationsOf(coordinator)).nodes.some((n: any) => n.kind === 'PHASE_CHANGED')).toBe(
      false,
    );

    await ok(t, SET_PHASE, { id: roundId, phase: 'ANSWERING' }, coordinator.token);
    const deadline = new Date(Date.now() + 5 * 86_400_000);
    await t.dataSource.query(
      `UPDATE rounds SET phase_deadlines = jsonb_build_object('ANSWERING', $2::text) WHERE id = $1`,
      [roundId, deadline.toISOString()],
    );
    const deadlines = t.app.get(RoundNotifications);
    clock.set(new Date(Date.now() + 1 * 86_400_000)); // four days before: not yet
    expect(await deadlines.scanDeadlines()).toBe(0);
    clock.set(new Date(Date.now() + 3 * 86_400_000)); // two days before: every member, once
    expect(await deadlines.scanDeadlines()).toBe(6);
    expect(await deadlines.scanDeadlines()).toBe(0);
    expect((await notificationsOf(peers.viewer)).nodes[0]).toMatchObject({
      kind: 'DEADLINE',
      detail: deadline.toISOString(),
    });
  });

  it('shows an invitation in the bell of someone who already has an account', async () => {
    await ok(t, SET_LOCALE, { locale: 'en' }, outsider.token);
    await ok(
      t,
      INVITE,
      { input: { networkId: peers.net.id, email: outsider.email, role: 'VIEWER', municipalityId: null } },
      coordinator.token,
    );
    const [invitation] = (await notificationsOf(outsider)).nodes;
    expect(invitation).toMatchObject({
      kind: 'INVITATION',
      title: 'Notiser',
      link: '/',
      subjectType: 'INVITATION',
    });
    const stranger = await registerUser(t, 'ny');
    expect((await notificationsOf(stranger)).nodes).toEqual([]);
  });
});
