import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { RoundPhase } from '@samrad/domain';
import { Clock } from '../../jobs/clock.js';
import { JobTasks } from '../../jobs/job-tasks.js';
import { UnitOfWork, type Transaction } from '../../realtime/unit-of-work.service.js';
import { NotificationsService } from '../inbox/notifications.service.js';

export const DEADLINE_SCAN_TASK = 'notifications.deadlines.scan';
/** Members hear of a round's answering deadline this long before it. */
export const DEADLINE_NOTICE_DAYS = 3;

/**
 * Rounds tell their network's members: each phase change (PHASE_CHANGED, in the transaction of the
 * change) and, from a daily cron, that the answering deadline is near (DEADLINE, once per round
 * and member: a deadline moved later does not repeat it).
 */
@Injectable()
export class RoundNotifications implements OnModuleInit {
  private readonly logger = new Logger(RoundNotifications.name);

  constructor(
    private readonly notifications: NotificationsService,
    private readonly tasks: JobTasks,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.tasks.define(DEADLINE_SCAN_TASK, async () => {
      const created = await this.scanDeadlines();
      if (created) this.logger.log(`${created} deadline notification(s)`);
    });
    // daily at 06:15 UTC (morning in the Nordics), made up for after a pause of up to a day
    this.tasks.schedule({ task: DEADLINE_SCAN_TASK, pattern: '15 6 * * *', backfillMs: 24 * 3_600_000 });
  }

  async phaseChanged(
    tx: Transaction,
    actorId: string,
    round: { id: string; networkId: string; title: string; version: number },
    to: RoundPhase,
  ): Promise<void> {
    const members = await this.membersOf(tx, [round.networkId]);
    await this.notifications.notify(
      tx,
      actorId,
      members.map(({ user_id }) => ({
        recipientId: user_id,
        kind: 'PHASE_CHANGED' as const,
        networkId: round.networkId,
        subjectType: 'ROUND' as const,
        subjectId: round.id,
        subjectKey: `phase:${round.id}:${round.version}`,
        title: round.title,
        detail: to,
      })),
    );
  }

  /** Rounds in ANSWERING whose deadline is within the notice period: each member of their network, once. */
  async scanDeadlines(): Promise<number> {
    const now = this.clock.now();
    return this.uow.run(async (tx) => {
      const due = (await tx.manager.query(
        `SELECT r.id, r.network_id, r.title, r.phase_deadlines->>'ANSWERING' AS deadline, m.user_id
           FROM rounds r
           JOIN (SELECT DISTINCT network_id, user_id FROM memberships) m ON m.network_id = r.network_id
          WHERE r.phase = 'ANSWERING'
            AND (r.phase_deadlines->>'ANSWERING')::timestamptz > $1::timestamptz
            AND (r.phase_deadlines->>'ANSWERING')::timestamptz <= $1::timestamptz + make_interval(days => $2)`,
        [now, DEADLINE_NOTICE_DAYS],
      )) as { id: string; network_id: string; title: string; deadline: string; user_id: string }[];
      return this.notifications.notify(
        tx,
        null,
        due.map((row) => ({
          recipientId: row.user_id,
          kind: 'DEADLINE' as const,
          networkId: row.network_id,
          subjectType: 'ROUND' as const,
          subjectId: row.id,
          subjectKey: `deadline:${row.id}`,
          title: row.title,
          detail: new Date(row.deadline).toISOString(),
        })),
      );
    });
  }

  private membersOf(tx: Transaction, networkIds: string[]): Promise<{ user_id: string }[]> {
    return tx.manager.query(`SELECT DISTINCT user_id FROM memberships WHERE network_id = ANY($1::uuid[])`, [
      networkIds,
    ]);
  }
}
