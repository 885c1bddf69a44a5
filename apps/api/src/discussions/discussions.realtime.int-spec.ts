import { mentionToken } from '@samrad/domain';
import { DELETE_COMMENT, EDIT_COMMENT, HIDE_COMMENT, post, THREADS } from '../../test/discussion-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { peerNetwork } from '../../test/network-fixtures.js';
import { createRound } from '../../test/round-fixtures.js';
import { connectSocket, type TestSocket } from '../../test/sockets.js';
import { countStatements } from '../../test/sql-statements.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

describe('discussions: live comments over a real socket', () => {
  let t: TestApp;
  let peers: Awaited<ReturnType<typeof peerNetwork>>;
  let roundId: string;
  let sockets: TestSocket[] = [];
  const connect = async (token: string) => {
    const socket = await connectSocket(t.url, token);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp();
    peers = await peerNetwork(t, 'Livenätverket');
    roundId = (await createRound(t, peers.net.coordinator.token, peers.net.id)).roundId;
  }, 180_000);
  afterEach(() => {
    sockets.forEach((s) => s.close());
    sockets = [];
  });
  afterAll(() => t.close());

  it('sends comment.posted, .edited and .removed to thread:<id>, and a notice to the subject’s room', async () => {
    const subject = { subjectType: 'ROUND', subjectId: roundId };
    const first = await post(t, peers.editorSolna.token, { ...subject, body: 'Start' });
    const room = `thread:${first.thread.id}`;
    const reader = await connect(peers.viewer.token);
    expect(await reader.subscribe(room)).toMatchObject({ ok: true });
    expect(await reader.subscribe(`round:${roundId}`)).toMatchObject({ ok: true });

    const body = `Svar till ${mentionToken('Anna', peers.headTaby.id)}`;
    const reply = await post(t, peers.headSolna.token, { ...subject, body, replyToId: first.id });
    await ok(t, EDIT_COMMENT, { id: reply.id, body: `${body}!` }, peers.headSolna.token);
    await ok(t, DELETE_COMMENT, { id: reply.id }, peers.headSolna.token);
    await ok(t, HIDE_COMMENT, { id: first.id, reason: 'Fel tråd' }, peers.net.coordinator.token);
    const comments = () => reader.eventsOf(room).filter((e) => e.type.startsWith('comment.'));
    await reader.waitFor(() => comments().length === 4);

    expect(comments().map((e) => [e.type, e.data])).toEqual([
      [
        'comment.posted',
        {
          commentId: reply.id,
          threadId: first.thread.id,
          authorId: peers.headSolna.id,
          replyToId: first.id,
          body,
          mentionedUserIds: [peers.headTaby.id],
          createdAt: reply.createdAt,
        },
      ],
      ['comment.edited', expect.objectContaining({ commentId: reply.id, body: `${body}!` })],
      [
        'comment.removed',
        expect.objectContaining({ commentId: reply.id, status: 'REMOVED', hiddenReason: null }),
      ],
      [
        'comment.removed',
        expect.objectContaining({ commentId: first.id, status: 'HIDDEN', hiddenReason: 'Fel tråd' }),
      ],
    ]);
    await reader.waitFor((events) => events.filter((e) => e.type === 'thread.activity').length === 4);
    expect(reader.eventsOf(`round:${roundId}`, 'thread.activity').map((e) => e.data.change)).toEqual([
      'POSTED',
      'EDITED',
      'REMOVED',
      'REMOVED',
    ]);
  });

  it('replays the comments a reader missed while disconnected', async () => {
    const subject = { subjectType: 'NETWORK', subjectId: peers.net.id };
    const first = await post(t, peers.editorSolna.token, { ...subject, body: 'Före' });
    const room = `thread:${first.thread.id}`;
    const before = await connect(peers.viewer.token);
    const subscribed = await before.subscribe(room);
    if (!subscribed.ok) throw new Error('subscribe refused');
    before.close();

    const missed = [
      await post(t, peers.headTaby.token, { ...subject, body: 'Under tiden 1' }),
      await post(t, peers.editorSundbyberg.token, { ...subject, body: 'Under tiden 2', replyToId: first.id }),
    ];
    const after = await connect(peers.viewer.token);
    expect(await after.subscribe(room)).toMatchObject({ ok: true });
    const replayed = await after.replay(room, subscribed.seq);
    if (!replayed.ok) throw new Error('replay refused');
    expect(replayed.events.map((e) => [e.type, e.type === 'comment.posted' ? e.data.body : null])).toEqual([
      ['comment.posted', 'Under tiden 1'],
      ['comment.posted', 'Under tiden 2'],
    ]);
    expect(replayed.events.map((e) => (e.data as { commentId: string }).commentId)).toEqual(
      missed.map((c) => c.id),
    );
  });

  it('reads a thread with 2 or 20 comments in the same number of SQL statements', async () => {
    const measure = async (subjectId: string, token: string) => {
      const { result, statements } = await countStatements(t.dataSource, () =>
        t.gql(
          `query($id: ID!) { threads(subjectType: NETWORK, subjectId: $id) {
             id following comments { id body author { displayName } mentions { id } history { body } thread { id } } } }`,
          { id: subjectId },
          token,
        ),
      );
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const small = await peerNetwork(t, 'Litet');
    const big = await peerNetwork(t, 'Stort');
    const members = (p: typeof small) => [p.viewer, p.headSolna, p.editorSolna, p.headTaby];
    for (const [p, n] of [
      [small, 2],
      [big, 20],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const author = members(p)[i % 4];
        const c = await post(t, author.token, {
          subjectType: 'NETWORK',
          subjectId: p.net.id,
          body: `Nr ${i} ${mentionToken('V', p.viewer.id)}`,
        });
        if (i % 3 === 0) await ok(t, EDIT_COMMENT, { id: c.id, body: `Nr ${i} ändrad` }, author.token);
      }
    }
    expect(await measure(big.net.id, big.viewer.token)).toBe(await measure(small.net.id, small.viewer.token));
    expect(
      (await t.gql(THREADS, { type: 'NETWORK', id: big.net.id }, big.viewer.token)).data?.threads[0].comments,
    ).toHaveLength(20);
  });
});
