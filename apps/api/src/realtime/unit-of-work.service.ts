import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit, type AuditRecord } from '../audit/audit.js';
import { EventLogService } from './event-log.service.js';
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
 * events (appended to the log with their seq). PostgreSQL announces the events on commit (see
 * EventLogService), so a rolled-back write leaves no audit entry and emits nothing.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventLog: EventLogService,
  ) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) =>
      work({
        manager,
        record: async ({ actorId, audit = [], events = [] }) => {
          const entries = Array.isArray(audit) ? audit : [audit];
          await recordAudit(manager, ...entries.map((entry) => ({ ...entry, actorId })));
          if (events.length > 1 && distinctRoomsUnrestricted(events)) {
            await this.eventLog.appendToRooms(manager, actorId, events);
          } else {
            for (const event of events) await this.eventLog.append(manager, actorId, event);
          }
        },
      }),
    );
  }
}

/** Events that can be logged in one statement (see EventLogService.appendToRooms). */
const distinctRoomsUnrestricted = (events: RoomEvent[]) =>
  new Set(events.map((e) => e.room)).size === events.length && events.every((e) => !e.visibleTo);
