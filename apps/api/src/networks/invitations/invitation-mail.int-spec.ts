import { createNetwork, INVITE, type TestNetwork } from '../../../test/network-fixtures.js';
import { eventually } from '../../../test/eventually.js';
import { SmtpInbox } from '../../../test/smtp-inbox.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const INVITATIONS = `query($id: ID!) {
  network(id: $id) { invitations { id email mailStatus mailSentAt mailFailedAt } }
}`;

interface InvitationRow {
  id: string;
  mailStatus: string;
  mailSentAt: string | null;
  mailFailedAt: string | null;
}

interface QueuedJob {
  attempts: number;
  run_at: Date;
  last_error: string | null;
  payload: unknown;
}

/**
 * Invitation e-mail is a job of the queue: a mail server that refuses at first gets the mail on a
 * retry, after the backoff, exactly once; the invitation shows the outcome.
 */
describe('invitation e-mail through the job queue', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let net: TestNetwork;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL: 'https://samrad.test' });
    net = await createNetwork(t, 'Kön', ['Solna']);
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  const invitationOf = async (id: string) => {
    const result = await t.gql(INVITATIONS, { id: net.id }, net.coordinator.token);
    return (result.data!.network.invitations as InvitationRow[]).find((i) => i.id === id)!;
  };
  const jobOf = async (invitationId: string) =>
    (
      (await t.dataSource.query(
        // the public view leaves the payload out; the test reads it from the table behind
        `SELECT attempts, run_at, last_error, payload FROM graphile_worker._private_jobs WHERE key = $1`,
        [`invitation-mail:${invitationId}`],
      )) as QueuedJob[]
    )[0];

  it('retries with backoff after the mail server refused, then delivers the mail once', async () => {
    inbox.refuseNext(1);
    const email = 'retry@example.se';
    const invited = await t.gql(
      INVITE,
      { input: { networkId: net.id, email, role: 'VIEWER' } },
      net.coordinator.token,
    );
    expect(invited.errors).toBeUndefined();
    const { id, token } = invited.data!.inviteMember;
    expect(invited.data!.inviteMember.mailStatus).toBe('PENDING');

    // The first try was refused: still PENDING, with the time of the failure, and the job waits.
    const failed = await eventually(
      () => invitationOf(id),
      (i) => i.mailFailedAt !== null,
      { what: 'the first refusal' },
    );
    expect(failed).toMatchObject({ mailStatus: 'PENDING', mailSentAt: null });
    expect(inbox.refused).toBe(1);
    // graphile-worker records the failure on the job a moment after the task has written mailFailedAt
    const waiting = await eventually(
      () => jobOf(id),
      (job) => job?.last_error != null,
      { what: 'the job to record the refusal' },
    );
    expect(waiting.attempts).toBe(1);
    expect(waiting.last_error).toMatch(/451|busy/i);
    // the payload carries the link sealed: the job table holds nothing that opens the invitation
    expect(JSON.stringify(waiting.payload)).not.toContain(token);
    // exponential backoff: e^1 s after the failed attempt
    expect(waiting.run_at.getTime() - Date.parse(failed.mailFailedAt!)).toBeGreaterThan(2_000);

    const mail = await inbox.waitForMail((m) => m.to.includes(email));
    expect(mail.text).toContain(`https://samrad.test/invitations/${token}`);
    const sent = await eventually(
      () => invitationOf(id),
      (i) => i.mailStatus === 'SENT',
      { what: 'SENT' },
    );
    expect(Date.parse(sent.mailSentAt!)).toBeGreaterThanOrEqual(waiting.run_at.getTime() - 1_000);
    expect(sent.mailFailedAt).toBe(failed.mailFailedAt); // the last failure stays visible
    // completed jobs leave the queue (graphile-worker removes it once the task returns, a moment after SENT shows)
    await eventually(
      () => jobOf(id),
      (job) => job === undefined,
      { what: 'the completed job to leave the queue' },
    );

    // exactly one mail went out; the room heard both outcomes
    expect(inbox.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    const events = (await t.dataSource.query(
      `SELECT data->>'mailStatus' AS status FROM room_events
        WHERE type = 'invitation.mailUpdated' AND data->>'invitationId' = $1 ORDER BY seq`,
      [id],
    )) as { status: string }[];
    expect(events.map((e) => e.status)).toEqual(['PENDING', 'SENT']);
  });
});
