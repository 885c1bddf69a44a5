import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit, type AuditRecord } from '../audit/audit.js';
import { EventLogService } from './event-log.service.js';
import { EventSequencer } from './event-sequencer.js';
import type { RoomEvent } from './room-event.js';

/** What one change leaves behind besides its rows: who did it, its audit entries, its room events. */
export interface Change {
  /** Who made the change (null: the system); written into every audit entry and event. */
  actorId: string | null;
  /** The audit entries of the change (none for changes nobody audits, e.g. presence). */
  audit?: Omit<AuditRecord, 'actorId'> | Omit<AuditRecord, 'actorId'>[];
  /** Its announcements, one per room; delivered only once the transaction commits. */
  events?: RoomEvent[];
}

export interface Transaction {
  manager: EntityManager;
  /** Records a change's audit entries and room events in this transaction: the one way writes end. */
  record(change: Change): Promise<void>;
}

/**
 * Every write goes through here: one transaction for the rows, their audit entries and their room
 * events. The events are queued in the log without a seq, in one statement at the end of the
 * transaction (after every lock the write took, so a write that waited for another queues after
 * it) and locking nothing shared, so concurrent writes commit together. After the commit they get
 * their seqs and are announced (EventSequencer) before `run` returns: a rolled-back write leaves no
 * audit entry and emits nothing, and a caller that got its result back finds its events in the log.
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventLog: EventLogService,
    private readonly sequencer: EventSequencer,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const events: { actorId: string | null; event: RoomEvent }[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const done = await work({
        manager,
        record: async ({ actorId, audit = [], events: announced = [] }) => {
          const entries = Array.isArray(audit) ? audit : [audit];
          await recordAudit(manager, ...entries.map((entry) => ({ ...entry, actorId })));
          for (const event of announced) events.push({ actorId, event });
        },
      });
      await this.eventLog.queue(manager, events);
      return done;
    });
    if (events.length > 0) await this.announce(events.map(({ event }) => event.room));
    return result;
  }

  /**
   * Gives the committed, queued events of these rooms their seqs and announces them: what `run` does after
   * its commit, and what a change made by one statement that queued its own events (`room_event_queue`, see
   * `restrictedJson`) calls once that statement has returned.
   */
  async announce(rooms: string[]): Promise<void> {
    // committed: the change stands whatever happens here (a failed sequencing is retried by the sweep)
    await this.sequencer.sequence(rooms).catch((error: unknown) => {
      this.logger.warn(`sequencing events of ${rooms.join(', ')} failed: ${(error as Error).message}`);
    });
  }
}
