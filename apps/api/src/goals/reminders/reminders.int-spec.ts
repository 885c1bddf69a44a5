import { eventually } from '../../../test/eventually.js';
import { ADD_MILESTONE, COMMIT, CREATE_GOAL, inDays } from '../../../test/goal-fixtures.js';
import { ok } from '../../../test/interpretation-fixtures.js';
import { peerNetwork } from '../../../test/network-fixtures.js';
import { SmtpInbox } from '../../../test/smtp-inbox.js';
import { errorCode, startTestApp, type TestApp } from '../../../test/test-app.js';
import { ManualClock } from '../../jobs/clock.js';
import { JobQueue } from '../../jobs/job-queue.js';
import { REMINDER_SCAN_TASK } from './reminders.js';

const DAY = 86_400_000;

/**
 * Goal reminders with a clock the test moves: two API processes (each with its worker) scan the same
 * database at the same moment, and the owner gets each reminder once per period, in their language.
 */
describe('goal reminders (cron task, two workers, a controllable clock)', () => {
  let inbox: SmtpInbox;
  let one: TestApp;
  let two: TestApp;
  const start = new Date();
  const clocks = [new ManualClock(start), new ManualClock(start)];
  let owner: { email: string; token: string; id: string };
  let goalId: string;
  let networkId: string;
  let coordinatorToken: string;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    const env = { SMTP_URL: inbox.url, PUBLIC_URL: 'https://samrad.test' };
    one = await startTestApp(env, { clock: clocks[0] });
    two = await startTestApp(env, { clock: clocks[1], shareDatabaseOf: one });
    const peers = await peerNetwork(one, 'Påminnelser');
    networkId = peers.net.id;
    owner = peers.headSolna;
    coordinatorToken = peers.net.coordinator.token;
    await ok(one, `mutation { updateProfile(input: { locale: "da" }) { locale } }`, {}, owner.token);
    goalId = (
      await ok(
        one,
        CREATE_GOAL,
        { input: { networkId, title: 'Samverkansrutin' } },
        peers.net.coordinator.token,
      )
    ).createGoal.id;
    await ok(
      one,
      COMMIT,
      { goalId, municipalityId: peers.solna, plan: 'En rutin per enhet', ownerId: owner.id },
      owner.token,
    );
    await ok(
      one,
      ADD_MILESTONE,
      { input: { goalId, title: 'Utkast klart', dueDate: inDays(5) } },
      peers.net.coordinator.token,
    );
  }, 180_000);
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await inbox.close();
  });

  const remindersTo = (email: string) =>
    inbox.messages.filter((m) => m.to.includes(email) && !/Invitation|Inbjudan/.test(m.subject));
  /** Both processes' cron fires at the same moment: each queues a scan, both workers race. */
  const scanBothAt = async (at: Date) => {
    for (const clock of clocks) clock.set(at);
    await Promise.all([one, two].map((t) => t.app.get(JobQueue).add(REMINDER_SCAN_TASK, {})));
    await eventually(
      () =>
        one.dataSource.query(
          `SELECT task_identifier, attempts, last_error FROM graphile_worker.jobs WHERE task_identifier LIKE 'goals.reminders.%'`,
        ),
      (jobs: unknown[]) => jobs.length === 0,
      { what: 'the reminder jobs to finish', timeoutMs: 30_000 },
    );
  };

  it('reminds of a milestone due within a week, once', async () => {
    await scanBothAt(start);
    const [mail] = remindersTo(owner.email);
    expect(remindersTo(owner.email)).toHaveLength(1);
    expect(mail.subject).toBe('Delmålet »Utkast klart« skal snart være nået');
    expect(mail.text).toContain(`https://samrad.test/goals/${goalId}`);

    await scanBothAt(new Date(start.getTime() + DAY)); // still within the week: no second mail
    expect(remindersTo(owner.email)).toHaveLength(1);
  });

  it('reminds the owner once per follow-up interval without progress, in their language', async () => {
    await scanBothAt(new Date(start.getTime() + 89 * DAY)); // not yet: the interval is 90 days
    expect(remindersTo(owner.email)).toHaveLength(1);

    await scanBothAt(new Date(start.getTime() + 91 * DAY));
    const progress = remindersTo(owner.email).slice(1);
    expect(progress).toHaveLength(1);
    expect(progress[0].subject).toBe('Tid til at rapportere status for »Samverkansrutin«');
    expect(progress[0].text).toMatch(/følger op hver 90\. dag/);

    await scanBothAt(new Date(start.getTime() + 120 * DAY)); // same period: nothing new
    expect(remindersTo(owner.email)).toHaveLength(2);

    await scanBothAt(new Date(start.getTime() + 181 * DAY)); // the next period: once more
    expect(remindersTo(owner.email)).toHaveLength(3);

    const rows = await one.dataSource.query(
      `SELECT kind, count(*)::int AS n, count(sent_at)::int AS sent FROM goal_reminders GROUP BY kind ORDER BY kind`,
    );
    expect(rows).toEqual([
      { kind: 'MILESTONE_DUE', n: 1, sent: 1 },
      { kind: 'PROGRESS_DUE', n: 2, sent: 2 },
    ]);
  });

  it('takes the follow-up interval from the network (updateNetwork, coordinators only)', async () => {
    const SET = `mutation($id: ID!, $days: Int!) { updateNetwork(id: $id, input: { followUpIntervalDays: $days }) { followUpIntervalDays } }`;
    expect(errorCode(await one.gql(SET, { id: networkId, days: 30 }, owner.token))).toBe('FORBIDDEN');
    expect(errorCode(await one.gql(SET, { id: networkId, days: 3 }, owner.token))).toBe('BAD_USER_INPUT');
    const set = await ok(one, SET, { id: networkId, days: 30 }, coordinatorToken);
    expect(set.updateNetwork.followUpIntervalDays).toBe(30);
  });
});
