import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import type { LoggedEvent } from './room-event.js';

/**
 * In-process stream of committed events. Features publish through UnitOfWork; the gateway (and
 * later notifications) subscribe. Features never talk to the gateway directly.
 */
@Injectable()
export class EventBus {
  readonly committed$ = new Subject<LoggedEvent>();

  emit(events: LoggedEvent[]): void {
    for (const event of events) this.committed$.next(event);
  }
}
