import { mentionToken } from '@samrad/domain';
import { eventually } from '../../../test/eventually.js';
import { post, SET_LOCALE } from '../../../test/discussion-fixtures.js';
import { ok } from '../../../test/interpretation-fixtures.js';
import { peerNetwork } from '../../../test/network-fixtures.js';
import { SmtpInbox, type ReceivedMail } from '../../../test/smtp-inbox.js';
import { errorCode, startTestApp, type TestApp, type TestUser } from '../../../test/test-app.js';
import { ManualClock } from '../../jobs/clock.js';
import { JobQueue } from '../../jobs/job-queue.js';
import { DIGEST_SCAN_TASK, DigestJob } from './digest.job.js';

const MINUTE = 60_000;
const SET_PREFERENCE = `mutation($kind: NotificationKind!, $channel: NotificationChannel!) {
  setNotificationPreference(kind: $kind, channel: $channel) { kind channel }
}`;
const PREFERENCES = `query { notificationPreferences { kind channel } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { kinds } }`;

/**
 * The e-mail digest against a real local SMTP server, with a clock the test moves: one mail per
 * person and hour at most, batching what came meanwhile, as each person chose per kind, in their
 * language, with unsubscribe links that work signed out and cannot be forged.
 */
describe('notification digest (cron, real SMTP, a controllable clock)', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let peers: Awaited<ReturnType<typeof peerNetwork>>;
  let author: TestUser;
  let mentioned: TestUser;
  let follower: TestUser;
  let threadId: string;
  const start = new Date();
  const clock = new ManualClock(start);

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL: 'https://samrad.test' }, { clock });
    peers = await peerNetwork(t, 'Digest');
    author = peers.net.coordinator;
    mentioned = peers.headSolna;
    follower = peers.editorSolna;
    await ok(t, SET_LOCALE, { locale: 'da' }, mentioned.token);
    await ok(t, SET_PREFERENCE, { kind: 'REPLY', channel: 'EMAIL' }, follower.token);
    const first = await post(t, follower.token, {
      subjectType: 'NETWORK',
      subjectId: peers.net.id,
      threadTitle: 'Budget',
      body: 'Jag börjar',
    });
    threadId = first.thread.id;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  const digestsTo = (user: TestUser): ReceivedMail[] =>
    inbox.messages.filter((m) => m.to.includes(user.email) && m.subject.startsWith('Samråd:'));
  const mention = (body: string) =>
    post(t, author.token, {
      subjectType: 'NETWORK',
      subjectId: peers.net.id,
      threadId,
      body: `${mentionToken('Head', mentioned.id)} ${body}`,
    });
  /** The cron fires at `at`: the scan queues the sends, the worker runs them. */
  const digestAt = async (at: Date) => {
    clock.set(at);
    await t.app.get(JobQueue).add(DIGEST_SCAN_TASK, {});
    await eventually(
      () =>
        t.dataSource.query(
          `SELECT task_identifier, last_error FROM graphile_worker.jobs WHERE task_identifier LIKE 'notifications.digest.%'`,
        ),
      (jobs: unknown[]) => jobs.length === 0,
      { what: 'the digest jobs to finish', timeoutMs: 30_000 },
    );
  };
  const unsubscribeLink = (mail: ReceivedMail, scope: string) => {
    const links = [...mail.text.matchAll(/https:\/\/samrad\.test\/unsubscribe\?token=(\S+)/g)].map((m) =>
      decodeURIComponent(m[1]),
    );
    const token = links.find((link) => link.split('.')[1] === scope);
    if (!token) throw new Error(`no ${scope} link in ${mail.text}`);
    return token;
  };

  it('batches what came meanwhile into one mail per person, in their language, with links', async () => {
    await mention('första');
    await mention('andra');
    await digestAt(new Date(start.getTime() + MINUTE));
    const [digest] = digestsTo(mentioned);
    expect(digestsTo(mentioned)).toHaveLength(1);
    expect(digest.subject).toBe('Samråd: 2 nye hændelser');
    expect(digest.text).toMatch(/nævnte dig i »Budget«/);
    expect(digest.text).toContain('@Head första');
    expect(digest.text).toMatch(/https:\/\/samrad\.test\/comments\/[0-9a-f-]{36}/);
    expect(digest.text).toContain('https://samrad.test/settings#notifications');
    // the follower chose EMAIL for replies: the two comments in their thread, in Swedish
    expect(digestsTo(follower).map((m) => m.subject)).toEqual(['Samråd: 2 nya händelser']);
    // the author was told of nothing; the other members have IN_APP replies only (the default)
    expect(digestsTo(author)).toEqual([]);
    expect(digestsTo(peers.viewer)).toEqual([]);
  });

  it('sends at most one digest an hour, and a repeated job never sends twice', async () => {
    await mention('tredje');
    await digestAt(new Date(start.getTime() + 30 * MINUTE));
    expect(digestsTo(mentioned)).toHaveLength(1);
    expect(await t.app.get(DigestJob).send(mentioned.id)).toBe(false);

    await digestAt(new Date(start.getTime() + 62 * MINUTE));
    expect(digestsTo(mentioned)).toHaveLength(2);
    expect(digestsTo(mentioned)[1].subject).toBe('Samråd: 1 ny hændelse');
    expect(digestsTo(mentioned)[1].text).toContain('tredje');
    expect(await t.app.get(DigestJob).send(mentioned.id)).toBe(false); // the repeat finds nothing
    await digestAt(new Date(start.getTime() + 200 * MINUTE)); // nothing new: no mail
    expect(digestsTo(mentioned)).toHaveLength(2);
  });

  it('leaves out what was read in the app, and kinds set to IN_APP or OFF', async () => {
    await mention('läst redan');
    await ok(t, `mutation { markNotificationsRead(all: true) }`, {}, mentioned.token);
    await ok(t, SET_PREFERENCE, { kind: 'REPLY', channel: 'IN_APP' }, follower.token);
    await mention('fjärde');
    await digestAt(new Date(start.getTime() + 300 * MINUTE));
    expect(digestsTo(mentioned)).toHaveLength(3);
    expect(digestsTo(mentioned)[2].text).not.toContain('läst redan');
    // the follower had one more at 62 minutes ("tredje"); replies are in-app only for them now
    expect(digestsTo(follower)).toHaveLength(2);

    await ok(t, SET_PREFERENCE, { kind: 'MENTION', channel: 'OFF' }, mentioned.token);
    await mention('femte');
    await digestAt(new Date(start.getTime() + 400 * MINUTE));
    expect(digestsTo(mentioned)).toHaveLength(3);
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND detail LIKE '%femte%'`,
      [mentioned.id],
    );
    expect(rows[0].n).toBe(0);
    await ok(t, SET_PREFERENCE, { kind: 'MENTION', channel: 'EMAIL' }, mentioned.token);
  });

  it('unsubscribes through the link signed out; a forged or altered token is refused', async () => {
    const mail = digestsTo(mentioned)[0];
    const token = unsubscribeLink(mail, 'MENTION');
    const [userId, scope, signature] = token.split('.');
    const forgeries = [
      `${follower.id}.${scope}.${signature}`, // the same signature for another person
      `${userId}.REPLY.${signature}`, // for another kind
      `${userId}.ALL.${signature}`,
      `${userId}.${scope}.${signature.slice(0, -2)}AA`,
      `${userId}.${scope}.`,
      'nonsense',
      `${userId}.${scope}.${signature}.extra`,
    ];
    for (const forged of forgeries) {
      const result = await t.gql(UNSUBSCRIBE, { token: forged });
      expect({ forged, code: errorCode(result), data: result.data }).toEqual({
        forged,
        code: 'BAD_USER_INPUT',
        data: null,
      });
    }
    const before = await ok(t, PREFERENCES, {}, follower.token);
    expect((await t.gql(UNSUBSCRIBE, { token })).data).toEqual({ unsubscribe: { kinds: ['MENTION'] } });
    expect((await t.gql(UNSUBSCRIBE, { token })).data).toEqual({ unsubscribe: { kinds: ['MENTION'] } });
    const after = (await ok(t, PREFERENCES, {}, mentioned.token)).notificationPreferences;
    expect(after).toContainEqual({ kind: 'MENTION', channel: 'IN_APP' });
    expect(await ok(t, PREFERENCES, {}, follower.token)).toEqual(before); // nobody else changed

    const all = unsubscribeLink(mail, 'ALL');
    expect((await t.gql(UNSUBSCRIBE, { token: all })).data).toEqual({
      unsubscribe: { kinds: ['GOAL_REMINDER'] },
    });
    const none = (await ok(t, PREFERENCES, {}, mentioned.token)).notificationPreferences;
    expect(none.filter((p: { channel: string }) => p.channel === 'EMAIL')).toEqual([]);

    await mention('sjätte');
    await digestAt(new Date(start.getTime() + 600 * MINUTE));
    expect(digestsTo(mentioned)).toHaveLength(3);
  });
});
