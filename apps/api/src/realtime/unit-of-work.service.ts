import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EventBus } from './event-bus.js';
import { EventLogService } from './event-log.service.js';
import type { DomainEvent, LoggedEvent } from './room-event.js';

export interface Transaction {
  manager: EntityManager;
  /** Records an event in the room's log now; it is delivered only once the transaction commits. */
  publish(event: DomainEvent): Promise<void>;
}

/**
 * Every write that people should see live goes through here: one transaction for the rows and
 * their events, then delivery after commit. A rolled-back write emits nothing.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventLog: EventLogService,
    private readonly bus: EventBus,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const pending: LoggedEvent[] = [];
    const result = await this.dataSource.transaction(async (manager) =>
      work({
        manager,
        publish: async (event) => {
          pending.push(await this.eventLog.append(manager, event));
        },
      }),
    );
    this.bus.emit(pending);
    return result;
  }
}
