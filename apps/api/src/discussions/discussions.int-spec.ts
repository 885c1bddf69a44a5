import { COMMENT_BODY_MAX, mentionToken, questionSubjectId } from '@samrad/domain';
import { randomUUID } from 'node:crypto';
import {
  COMMENT,
  DELETE_COMMENT,
  EDIT_COMMENT,
  FOLLOW,
  HIDE_COMMENT,
  POST,
  post,
  THREADS,
  UNFOLLOW,
} from '../../test/discussion-fixtures.js';
import { addMember, createNetwork, peerNetwork } from '../../test/network-fixtures.js';
import { createRound } from '../../test/round-fixtures.js';
import { errorCode, registerUser, startTestApp, type TestApp } from '../../test/test-app.js';

describe('discussions: threads and comments', () => {
  let t: TestApp;
  let peers: Awaited<ReturnType<typeof peerNetwork>>;
  let roundId: string;
  let questionId: string;
  let other: Awaited<ReturnType<typeof createNetwork>>;

  beforeAll(async () => {
    t = await startTestApp();
    peers = await peerNetwork(t, 'Diskussionsnätverket');
    const round = await createRound(t, peers.net.coordinator.token, peers.net.id);
    roundId = round.roundId;
    questionId = questionSubjectId(roundId, round.set.indicators[0].id);
    other = await createNetwork(t, 'Annat nätverk', ['Solna']);
  }, 180_000);
  afterAll(() => t.close());

  const threads = async (type: string, id: string, token: string) =>
    (await t.gql(THREADS, { type, id }, token)).data?.threads;

  it('starts the subject’s thread with the first comment; every member, viewers too, reads and posts', async () => {
    const { net, viewer, editorSolna } = peers;
    expect(await threads('NETWORK', net.id, viewer.token)).toEqual([]);
    const first = await post(t, editorSolna.token, {
      subjectType: 'NETWORK',
      subjectId: net.id,
      body: 'Hej **alla**',
    });
    expect(first).toMatchObject({
      body: 'Hej **alla**',
      status: 'VISIBLE',
      editedAt: null,
      author: { id: editorSolna.id },
      thread: { subjectType: 'NETWORK', subjectId: net.id, title: net.name, roundId: null, following: true },
    });
    const second = await post(t, viewer.token, { subjectType: 'NETWORK', subjectId: net.id, body: 'Hej!' });
    expect(second.thread.id).toBe(first.thread.id);
    const listed = await threads('NETWORK', net.id, net.coordinator.token);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ following: false, comments: [{ id: first.id }, { id: second.id }] });
    // a new thread with its own title
    const titled = await post(t, viewer.token, {
      subjectType: 'NETWORK',
      subjectId: net.id,
      body: 'Nästa möte?',
      threadTitle: 'Mötet i mars',
    });
    expect(titled.thread).toMatchObject({ title: 'Mötet i mars' });
    expect((await threads('NETWORK', net.id, viewer.token)).map((th: { title: string }) => th.title)).toEqual(
      [net.name, 'Mötet i mars'],
    );
  });

  it('discusses a round and a question of it (subject id <roundId>:<indicatorId>)', async () => {
    const onRound = await post(t, peers.headSolna.token, {
      subjectType: 'ROUND',
      subjectId: roundId,
      body: 'Runda',
    });
    expect(onRound.thread).toMatchObject({ subjectType: 'ROUND', roundId, title: 'Omgång 2026' });
    const onQuestion = await post(t, peers.headSolna.token, {
      subjectType: 'INDICATOR',
      subjectId: questionId.toUpperCase(),
      body: 'Hur läser vi frågan?',
    });
    expect(onQuestion.thread).toMatchObject({ subjectType: 'INDICATOR', subjectId: questionId, roundId });
    expect(onQuestion.thread.title).toMatch(/^MB-01 /);
    // an indicator that is not in the round's set is no question of it
    const foreign = questionSubjectId(roundId, randomUUID());
    const result = await t.gql(
      POST,
      { input: { subjectType: 'INDICATOR', subjectId: foreign, body: 'x' } },
      peers.headSolna.token,
    );
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND to outsiders, and missing subjects (a random goal or meeting)', async () => {
    const stranger = await registerUser(t, 'framling');
    for (const [type, id, token] of [
      ['NETWORK', peers.net.id, stranger.token],
      ['ROUND', roundId, other.coordinator.token],
      ['INDICATOR', questionId, other.coordinator.token],
      ['NETWORK', randomUUID(), peers.viewer.token],
      ['GOAL', randomUUID(), peers.viewer.token],
      ['MEETING', randomUUID(), peers.viewer.token],
    ]) {
      expect([type, errorCode(await t.gql(THREADS, { type, id }, token))]).toEqual([type, 'NOT_FOUND']);
      const posted = await t.gql(POST, { input: { subjectType: type, subjectId: id, body: 'x' } }, token);
      expect([type, errorCode(posted), posted.data]).toEqual([type, 'NOT_FOUND', null]);
    }
  });

  it('refuses empty, over-long and control-character bodies, and malformed ids, as BAD_USER_INPUT', async () => {
    const input = { subjectType: 'NETWORK', subjectId: peers.net.id };
    for (const body of ['', ' \n\t ', 'x'.repeat(COMMENT_BODY_MAX + 1), 'a\u0000b']) {
      const result = await t.gql(POST, { input: { ...input, body } }, peers.viewer.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain('body');
    }
    expect(
      (await post(t, peers.viewer.token, { ...input, body: 'é'.repeat(COMMENT_BODY_MAX) })).body,
    ).toHaveLength(COMMENT_BODY_MAX);
    for (const subjectId of ['42', `${roundId}:`, 'x'.repeat(500)]) {
      const result = await t.gql(POST, { input: { ...input, subjectId, body: 'x' } }, peers.viewer.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('replies one level deep, in the replied comment’s thread of the same subject', async () => {
    const subject = { subjectType: 'ROUND', subjectId: roundId };
    const top = await post(t, peers.editorSolna.token, { ...subject, body: 'Fråga' });
    const reply = await post(t, peers.headTaby.token, { ...subject, body: 'Svar', replyToId: top.id });
    expect(reply).toMatchObject({ replyToId: top.id, thread: { id: top.thread.id } });
    const replyToReply = await post(t, peers.viewer.token, {
      ...subject,
      body: 'Svar på svar',
      replyToId: reply.id,
    });
    expect(replyToReply.replyToId).toBe(top.id);
    // a comment of another subject, or of another network, is no reply target here
    const elsewhere = await post(t, other.coordinator.token, {
      subjectType: 'NETWORK',
      subjectId: other.id,
      body: 'B',
    });
    for (const replyToId of [elsewhere.id, randomUUID()]) {
      const result = await t.gql(POST, { input: { ...subject, body: 'x', replyToId } }, peers.viewer.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result)).not.toContain(other.id);
    }
    const wrongThread = await t.gql(
      POST,
      { input: { ...subject, body: 'x', threadId: elsewhere.thread.id } },
      peers.viewer.token,
    );
    expect(errorCode(wrongThread)).toBe('BAD_USER_INPUT');
  });

  it('lets only the author edit (history kept) and delete (kept in place); a coordinator hides with a reason', async () => {
    const { editorSolna, headSolna, net } = peers;
    const subject = { subjectType: 'NETWORK', subjectId: net.id };
    const comment = await post(t, editorSolna.token, { ...subject, body: 'Första versionen' });
    expect(errorCode(await t.gql(EDIT_COMMENT, { id: comment.id, body: 'kapad' }, headSolna.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await t.gql(EDIT_COMMENT, { id: comment.id, body: 'kapad' }, net.coordinator.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(EDIT_COMMENT, { id: comment.id, body: 'kapad' }, other.coordinator.token)),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(EDIT_COMMENT, { id: comment.id, body: '' }, editorSolna.token))).toBe(
      'BAD_USER_INPUT',
    );
    const edited = (await t.gql(EDIT_COMMENT, { id: comment.id, body: 'Andra versionen' }, editorSolna.token))
      .data?.editComment;
    expect(edited).toMatchObject({ body: 'Andra versionen', history: [{ body: 'Första versionen' }] });
    expect(edited.editedAt).not.toBeNull();

    expect(errorCode(await t.gql(DELETE_COMMENT, { id: comment.id }, headSolna.token))).toBe('FORBIDDEN');
    const deleted = (await t.gql(DELETE_COMMENT, { id: comment.id }, editorSolna.token)).data?.deleteComment;
    expect(deleted).toMatchObject({ status: 'REMOVED', body: '', history: [], mentions: [] });
    expect(errorCode(await t.gql(EDIT_COMMENT, { id: comment.id, body: 'igen' }, editorSolna.token))).toBe(
      'CONFLICT',
    );
    const listed = (await threads('NETWORK', net.id, headSolna.token))[0].comments;
    expect(listed.find((c: { id: string }) => c.id === comment.id)).toMatchObject({
      status: 'REMOVED',
      body: '',
    });

    const rude = await post(t, headSolna.token, { ...subject, body: 'Något olämpligt' });
    expect(errorCode(await t.gql(HIDE_COMMENT, { id: rude.id, reason: 'Ton' }, editorSolna.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(HIDE_COMMENT, { id: rude.id, reason: ' ' }, net.coordinator.token))).toBe(
      'BAD_USER_INPUT',
    );
    const hidden = (
      await t.gql(HIDE_COMMENT, { id: rude.id, reason: 'Personangrepp' }, net.coordinator.token)
    ).data?.hideComment;
    expect(hidden).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Personangrepp', body: '' });
    expect(errorCode(await t.gql(DELETE_COMMENT, { id: rude.id }, headSolna.token))).toBe('CONFLICT');
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_entries WHERE subject_id = ANY($1) ORDER BY at`,
      [[comment.id, rude.id]],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'comment.posted',
      'comment.edited',
      'comment.deleted',
      'comment.posted',
      'comment.hidden',
    ]);
  });

  it('keeps mentions of the network’s members only; they and the author follow the thread', async () => {
    const { viewer, headTaby, editorSundbyberg, net } = peers;
    const outsider = await addMember(t, other, 'VIEWER');
    const body = `${mentionToken('Taby', headTaby.id)} och ${mentionToken('Utomstående', outsider.id)} — läs!`;
    const comment = await post(t, viewer.token, {
      subjectType: 'NETWORK',
      subjectId: net.id,
      body,
      threadTitle: 'Omnämnanden',
    });
    expect(comment.mentions).toEqual([{ id: headTaby.id }]);
    expect(comment.body).toBe(`@[Taby](user:${headTaby.id}) och @Utomstående — läs!`);
    const followers = await t.dataSource.query(
      `SELECT user_id, reason FROM thread_followers WHERE thread_id = $1 ORDER BY reason`,
      [comment.thread.id],
    );
    expect(followers).toEqual([
      { user_id: headTaby.id, reason: 'MENTIONED' },
      { user_id: viewer.id, reason: 'POSTED' },
    ]);
    // following by choice, and stopping
    const threadId = comment.thread.id;
    expect((await t.gql(FOLLOW, { id: threadId }, editorSundbyberg.token)).data?.followThread).toEqual({
      id: threadId,
      following: true,
    });
    expect((await t.gql(UNFOLLOW, { id: threadId }, viewer.token)).data?.unfollowThread.following).toBe(
      false,
    );
    expect(errorCode(await t.gql(FOLLOW, { id: threadId }, outsider.token))).toBe('NOT_FOUND');
    // an edit that mentions someone new makes them follow too
    await t.gql(
      EDIT_COMMENT,
      { id: comment.id, body: `${body} ${mentionToken('E', editorSundbyberg.id)}` },
      viewer.token,
    );
    expect((await t.gql(COMMENT, { id: comment.id }, viewer.token)).data?.comment.mentions).toHaveLength(2);
  });

  it('opens a permalink for members only, with the thread and subject to show it beside', async () => {
    const comment = await post(t, peers.editorSolna.token, {
      subjectType: 'INDICATOR',
      subjectId: questionId,
      body: 'Länka hit',
    });
    const found = (await t.gql(COMMENT, { id: comment.id }, peers.viewer.token)).data?.comment;
    expect(found).toMatchObject({
      id: comment.id,
      thread: { subjectType: 'INDICATOR', subjectId: questionId, roundId },
    });
    for (const token of [other.coordinator.token, (await registerUser(t, 'x')).token]) {
      const refused = await t.gql(COMMENT, { id: comment.id }, token);
      expect([errorCode(refused), refused.data?.comment ?? null]).toEqual(['NOT_FOUND', null]);
    }
    expect(errorCode(await t.gql(COMMENT, { id: 'not-an-id' }, peers.viewer.token))).toBe('BAD_USER_INPUT');
  });
});
