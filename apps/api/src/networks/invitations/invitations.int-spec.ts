import { createHash } from 'node:crypto';
import {
  ACCEPT,
  addMember,
  countRows,
  createNetwork,
  INVITE,
  type TestNetwork,
} from '../../../test/network-fixtures.js';
import { eventually } from '../../../test/eventually.js';
import { SmtpInbox, type ReceivedMail } from '../../../test/smtp-inbox.js';
import {
  errorCode,
  registerUser,
  startTestApp,
  type GqlResult,
  type TestApp,
  type TestUser,
} from '../../../test/test-app.js';

const PREVIEW = `query($token: String!) {
  invitation(token: $token) { networkName email role municipality { name } invitedBy expiresAt status }
}`;
const DECLINE = `mutation($token: String!) { declineInvitation(token: $token) { status email networkName } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { id token link mailStatus expiresAt status } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id status revokedAt token } }`;
const MY_ROLES = `query($id: ID!) { network(id: $id) { myRoles myMemberships { role municipality { name } } } }`;
const OPEN_INVITATIONS = `query($id: ID!) {
  network(id: $id) { invitations { id email role status token municipality { name } invitedBy { email } } }
}`;
const REMOVE_MUNICIPALITY = `mutation($n: ID!, $m: ID!) { removeMunicipalityFromNetwork(networkId: $n, municipalityId: $m) { id } }`;
const TABLES = ['invitations', 'memberships', 'audit_entries', 'room_events'];

const PUBLIC_URL = 'https://samrad.test';
const reason = (result: GqlResult) => result.errors?.[0]?.extensions?.reason;
const tokenIn = (mail: ReceivedMail, url: string) => {
  const match = new RegExp(`${url.replace(/[.:/]/g, '\\$&')}/invitations/([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no invitation link in:\n${mail.text}`);
  return match[1];
};

describe('invitations through a real SMTP server', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let net: TestNetwork;
  let eva: TestUser;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    t = await startTestApp({
      SMTP_URL: inbox.url,
      MAIL_FROM: 'Samråd <samrad@test.local>',
      PUBLIC_URL: PUBLIC_URL + '/',
    });
    net = await createNetwork(t, 'FoU Test', ['Järfälla', 'Solna', 'Ekerö']);
    eva = await registerUser(t, 'eva');
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  const invite = (input: Record<string, unknown>, token = net.coordinator.token) =>
    t.gql(INVITE, { input: { networkId: net.id, ...input } }, token);
  /** Row counts once every queued invitation e-mail has gone out (the job records its outcome). */
  const settledRows = async () => {
    await eventually(
      () => t.dataSource.query(`SELECT 1 FROM invitations WHERE mail_status = 'PENDING' LIMIT 1`),
      (rows: unknown[]) => rows.length === 0,
      { what: 'queued invitation e-mails' },
    );
    return countRows(t, TABLES);
  };

  it('invite → e-mail → preview → accept → the role is active', async () => {
    const invited = await invite({
      email: `  ${eva.email.toUpperCase()} `,
      role: 'EDITOR',
      municipalityId: net.municipalities['Järfälla'],
    });
    expect(invited.errors).toBeUndefined();
    const invitation = invited.data!.inviteMember;
    expect(invitation).toMatchObject({
      email: eva.email,
      role: 'EDITOR',
      status: 'PENDING',
      mailStatus: 'PENDING',
      municipality: { name: 'Järfälla' },
    });
    const expiresInDays = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(13.99);
    expect(expiresInDays).toBeLessThanOrEqual(14);

    const mail = await inbox.waitForMail((m) => m.to.includes(eva.email));
    expect(mail.to).toEqual([eva.email]);
    expect(mail.from).toBe('samrad@test.local');
    expect(mail.subject).toBe('Inbjudan till FoU Test i Samråd');
    expect(mail.text).toMatch(/bjuder in dig till nätverket FoU Test i Samråd som handläggare för Järfälla/);
    const token = tokenIn(mail, PUBLIC_URL);
    expect(token).toBe(invitation.token);
    expect(invitation.link).toBe(`${PUBLIC_URL}/invitations/${token}`);

    // Only the hash is stored.
    const [row] = await t.dataSource.query(`SELECT * FROM invitations WHERE id = $1`, [invitation.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);

    const preview = await t.gql(PREVIEW, { token }, eva.token);
    expect(preview.data!.invitation).toMatchObject({
      networkName: 'FoU Test',
      email: eva.email,
      role: 'EDITOR',
      municipality: { name: 'Järfälla' },
      invitedBy: 'coord-fou-test',
      status: 'PENDING',
    });

    // The coordinator sees it among the open invitations, without the token.
    const open = await t.gql(OPEN_INVITATIONS, { id: net.id }, net.coordinator.token);
    expect(open.data!.network.invitations).toContainEqual(
      expect.objectContaining({
        id: invitation.id,
        status: 'PENDING',
        token: null,
        invitedBy: { email: net.coordinator.email },
      }),
    );

    const accepted = await t.gql(ACCEPT, { token }, eva.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation).toMatchObject({
      role: 'EDITOR',
      user: { id: eva.id },
      municipality: { name: 'Järfälla' },
      networkId: net.id,
    });
    const roles = await t.gql(MY_ROLES, { id: net.id }, eva.token);
    expect(roles.data!.network).toEqual({
      myRoles: ['EDITOR'],
      myMemberships: [{ role: 'EDITOR', municipality: { name: 'Järfälla' } }],
    });
    const events = await t.dataSource.query(
      `SELECT type, data FROM room_events WHERE room = $1 AND type <> 'invitation.mailUpdated' ORDER BY seq`,
      [`network:${net.id}`],
    );
    expect(events.map((e: { type: string }) => e.type).slice(-2)).toEqual([
      'invitation.created',
      'member.added',
    ]);
    // Room events never carry the invitee's e-mail: only coordinators may see who was invited.
    expect(JSON.stringify(events)).not.toContain(eva.email);

    // Used once: a second try, by anyone, is refused.
    const reused = await t.gql(ACCEPT, { token }, eva.token);
    expect(errorCode(reused)).toBe('CONFLICT');
    expect(reason(reused)).toBe('ACCEPTED');
    expect(reused.errors![0].message).toMatch(/already been used/);
    expect((await t.gql(PREVIEW, { token }, eva.token)).data!.invitation.status).toBe('ACCEPTED');
  });

  it('refuses unknown, wrong-e-mail, revoked and expired tokens with clear codes, writing nothing', async () => {
    const other = await registerUser(t, 'other');
    const invited = await invite({ email: 'someone.else@example.se', role: 'VIEWER' });
    const { id, token } = invited.data!.inviteMember;

    let before = await settledRows();
    expect(errorCode(await t.gql(ACCEPT, { token: 'x'.repeat(43) }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ACCEPT, { token: 'short' }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PREVIEW, { token: 'x'.repeat(43) }, other.token))).toBe('NOT_FOUND');
    const wrongEmail = await t.gql(ACCEPT, { token }, other.token);
    expect(errorCode(wrongEmail)).toBe('FORBIDDEN');
    expect(reason(wrongEmail)).toBe('WRONG_EMAIL');
    expect(wrongEmail.errors![0].message).toMatch(/sent to someone.else@example.se/);
    const otherPreview = await t.gql(PREVIEW, { token }, other.token);
    expect(errorCode(otherPreview)).toBe('FORBIDDEN');
    expect(otherPreview.errors![0].extensions).toMatchObject({
      reason: 'WRONG_EMAIL',
      email: 'someone.else@example.se',
    });
    expect(otherPreview.data).toBeNull();
    expect(await countRows(t, TABLES)).toEqual(before);

    // Revoked: only by a coordinator; then dead.
    const member = await addMember(t, net, 'HEAD', 'Solna');
    expect(errorCode(await t.gql(REVOKE, { id }, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REVOKE, { id }, other.token))).toBe('NOT_FOUND');
    const revoked = await t.gql(REVOKE, { id }, net.coordinator.token);
    expect(revoked.data!.revokeInvitation).toMatchObject({ id, status: 'REVOKED', token: null });
    expect((await t.gql(REVOKE, { id }, net.coordinator.token)).data!.revokeInvitation.status).toBe(
      'REVOKED',
    );
    const someoneElse = await registerUser(t, 'someone');
    await t.dataSource.query(`UPDATE users SET email = 'someone.else@example.se' WHERE id = $1`, [
      someoneElse.id,
    ]);
    before = await settledRows();
    const afterRevoke = await t.gql(ACCEPT, { token }, someoneElse.token);
    expect(errorCode(afterRevoke)).toBe('CONFLICT');
    expect(reason(afterRevoke)).toBe('REVOKED');
    expect(errorCode(await t.gql(RESEND, { id }, net.coordinator.token))).toBe('CONFLICT');
    expect(await countRows(t, TABLES)).toEqual(before);

    // Expired: 14 days have passed (moved in the database, the clock of the rule).
    const late = await registerUser(t, 'late');
    const lateInvite = (await invite({ email: late.email, role: 'VIEWER' })).data!.inviteMember;
    await t.dataSource.query(
      `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [lateInvite.id],
    );
    expect((await t.gql(PREVIEW, { token: lateInvite.token }, late.token)).data!.invitation.status).toBe(
      'EXPIRED',
    );
    const expired = await t.gql(ACCEPT, { token: lateInvite.token }, late.token);
    expect(errorCode(expired)).toBe('CONFLICT');
    expect(reason(expired)).toBe('EXPIRED');
    expect(expired.errors![0].message).toMatch(/expired/);

    // Re-sent: a new mail with a new token; the old link is dead, the new one works.
    const resent = await t.gql(RESEND, { id: lateInvite.id }, net.coordinator.token);
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.resendInvitation).toMatchObject({ status: 'PENDING', mailStatus: 'PENDING' });
    const mail = await inbox.waitForMail((m) => m.text.includes(resent.data!.resendInvitation.token));
    const newToken = tokenIn(mail, PUBLIC_URL);
    expect(newToken).toBe(resent.data!.resendInvitation.token);
    expect(newToken).not.toBe(lateInvite.token);
    expect(errorCode(await t.gql(ACCEPT, { token: lateInvite.token }, late.token))).toBe('NOT_FOUND');
    expect((await t.gql(ACCEPT, { token: newToken }, late.token)).data!.acceptInvitation.role).toBe('VIEWER');
  });

  it('shows the link signed out, lets the invitee decline, and a resend opens it again', async () => {
    const invited = await invite({
      email: 'Nej.Tack@Example.se',
      role: 'HEAD',
      municipalityId: net.municipalities['Ekerö'],
    });
    const { id, token } = invited.data!.inviteMember;

    // Signed out: which network and which address, so the page can offer sign-in or a pre-filled sign-up.
    const preview = await t.gql(PREVIEW, { token });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.invitation).toMatchObject({
      networkName: 'FoU Test',
      email: 'nej.tack@example.se',
      role: 'HEAD',
      municipality: { name: 'Ekerö' },
      status: 'PENDING',
    });
    // A bad token is still no invitation, and a stale access token counts as signed out.
    expect(errorCode(await t.gql(PREVIEW, { token: 'x'.repeat(43) }))).toBe('NOT_FOUND');
    expect((await t.gql(PREVIEW, { token }, 'not-a-token')).data!.invitation.email).toBe(
      'nej.tack@example.se',
    );

    // Someone else signed in may not decline it for the invitee.
    const other = await registerUser(t, 'annan');
    const byOther = await t.gql(DECLINE, { token }, other.token);
    expect(errorCode(byOther)).toBe('FORBIDDEN');
    expect(reason(byOther)).toBe('WRONG_EMAIL');

    const declined = await t.gql(DECLINE, { token });
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.declineInvitation.status).toBe('DECLINED');
    expect((await t.gql(DECLINE, { token })).data!.declineInvitation.status).toBe('DECLINED');
    const [audit] = await t.dataSource.query(
      `SELECT actor_id FROM audit_entries WHERE subject_id = $1 AND action = 'invitation.declined'`,
      [id],
    );
    expect(audit).toEqual({ actor_id: null });

    // The coordinator sees it declined; accepting it is refused.
    const listed = (await t.gql(OPEN_INVITATIONS, { id: net.id }, net.coordinator.token)).data!.network
      .invitations;
    expect(listed.find((i: { id: string }) => i.id === id)).toMatchObject({ status: 'DECLINED' });
    const invitee = await registerUser(t, 'nejtack');
    await t.dataSource.query(`UPDATE users SET email = 'nej.tack@example.se' WHERE id = $1`, [invitee.id]);
    const accepted = await t.gql(ACCEPT, { token }, invitee.token);
    expect(errorCode(accepted)).toBe('CONFLICT');
    expect(reason(accepted)).toBe('DECLINED');

    // Re-sending replaces the link and opens the invitation again.
    const resent = (await t.gql(RESEND, { id }, net.coordinator.token)).data!.resendInvitation;
    expect(resent.status).toBe('PENDING');
    expect(resent.token).not.toBe(token);
    expect(errorCode(await t.gql(PREVIEW, { token }))).toBe('NOT_FOUND');
    expect((await t.gql(ACCEPT, { token: resent.token }, invitee.token)).errors).toBeUndefined();
    expect(errorCode(await t.gql(DECLINE, { token: resent.token }))).toBe('CONFLICT');
  });

  it('refuses bad and duplicate invitations', async () => {
    const [taby] = (
      await t.gql(`{ municipalities(search: "Täby") { id } }`, {}, eva.token)
    ).data!.municipalities.map((m: { id: string }) => m.id);
    const before = await settledRows();
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ email: 'not-an-email', role: 'VIEWER' }, /valid e-mail/],
      [{ email: 'a@example.se', role: 'HEAD' }, /acts for one municipality/],
      [
        { email: 'a@example.se', role: 'COORDINATOR', municipalityId: net.municipalities.Solna },
        /network-wide/,
      ],
      [{ email: 'a@example.se', role: 'EDITOR', municipalityId: taby }, /not part of this network/],
      [{ email: 'a@example.se', role: 'EDITOR', municipalityId: 'nope' }, /not a valid id/],
    ];
    for (const [input, message] of bad) {
      const result = await invite(input);
      expect({ input, code: errorCode(result) }).toEqual({ input, code: 'BAD_USER_INPUT' });
      expect(result.errors![0].message).toMatch(message);
    }
    expect(await countRows(t, TABLES)).toEqual(before);

    expect((await invite({ email: 'b@example.se', role: 'VIEWER' })).errors).toBeUndefined();
    const again = await invite({ email: 'B@example.se', role: 'VIEWER' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(reason(again)).toBe('ALREADY_INVITED');
    const held = await invite({
      email: eva.email,
      role: 'EDITOR',
      municipalityId: net.municipalities['Järfälla'],
    });
    expect(errorCode(held)).toBe('CONFLICT');
    expect(reason(held)).toBe('ROLE_HELD');
    // Another role for the same person is fine: a user can hold several.
    expect(
      (await invite({ email: eva.email, role: 'HEAD', municipalityId: net.municipalities.Solna })).errors,
    ).toBeUndefined();
  });

  it('writes in the inviter’s language', async () => {
    const dane = await registerUser(t, 'dane');
    const network = await createNetwork(t, 'Nordisk', ['DK:Ærø'], dane);
    await t.gql(`mutation { updateProfile(input: { locale: "da" }) { locale } }`, {}, dane.token);
    await t.gql(
      INVITE,
      {
        input: {
          networkId: network.id,
          email: 'kim@example.dk',
          role: 'HEAD',
          municipalityId: network.municipalities['DK:Ærø'],
        },
      },
      dane.token,
    );
    const mail = await inbox.waitForMail((m) => m.to.includes('kim@example.dk'));
    expect(mail.subject).toBe('Invitation til Nordisk i Samråd');
    expect(mail.text).toMatch(/inviterer dig til netværket Nordisk i Samråd som socialdirektør for Ærø/);

    await t.gql(`mutation { updateProfile(input: { locale: "en" }) { locale } }`, {}, dane.token);
    await t.gql(
      INVITE,
      { input: { networkId: network.id, email: 'sam@example.com', role: 'VIEWER' } },
      dane.token,
    );
    const english = await inbox.waitForMail((m) => m.to.includes('sam@example.com'));
    expect(english.subject).toBe('Invitation to Nordisk on Samråd');
    expect(english.text).toMatch(/invites you to the network Nordisk on Samråd as viewer\./);
  });

  it('revokes the open invitations of a municipality that leaves the network', async () => {
    const ekeroInvite = (
      await invite({ email: 'ekero@example.se', role: 'EDITOR', municipalityId: net.municipalities['Ekerö'] })
    ).data!.inviteMember;
    const removed = await t.gql(
      REMOVE_MUNICIPALITY,
      { n: net.id, m: net.municipalities['Ekerö'] },
      net.coordinator.token,
    );
    expect(removed.errors).toBeUndefined();
    const [row] = await t.dataSource.query(`SELECT revoked_at FROM invitations WHERE id = $1`, [
      ekeroInvite.id,
    ]);
    expect(row.revoked_at).toBeInstanceOf(Date);
  });
});

describe('invitations without SMTP', () => {
  it('returns the link once to the coordinator, also when the mail server is down', async () => {
    const setups: [Record<string, string>, string][] = [
      [{}, 'NOT_CONFIGURED'],
      [{ SMTP_URL: 'smtp://127.0.0.1:9' }, 'PENDING'],
    ];
    for (const [env, mailStatus] of setups) {
      const t = await startTestApp(env);
      try {
        const net = await createNetwork(t, 'Utan post', ['Solna']);
        const invited = await t.gql(
          INVITE,
          { input: { networkId: net.id, email: 'x@example.se', role: 'VIEWER' } },
          net.coordinator.token,
        );
        expect(invited.errors).toBeUndefined();
        const { token, link } = invited.data!.inviteMember;
        expect(invited.data!.inviteMember.mailStatus).toBe(mailStatus);
        expect(link).toBe(`${t.url.replace('127.0.0.1', 'localhost')}/invitations/${token}`);
      } finally {
        await t.close();
      }
    }
  });
});
