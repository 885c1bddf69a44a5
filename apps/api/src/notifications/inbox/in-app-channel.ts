import { Injectable, type OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { Notifier } from '../notifier.js';
import { NotificationsService } from './notifications.service.js';

/** The bell as a channel of the Notifier: what jobs send (goal reminders) appears in-app too. */
@Injectable()
export class InAppChannel implements OnModuleInit {
  constructor(
    private readonly notifier: Notifier,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
  ) {}

  onModuleInit(): void {
    this.notifier.register({
      name: 'in-app',
      deliver: (n, mailed) =>
        this.uow.run(async (tx) => {
          await this.notifications.notify(tx, null, [
            {
              recipientId: n.recipient.id,
              kind: n.kind,
              networkId: n.networkId,
              subjectType: n.subjectType,
              subjectId: n.subjectId,
              subjectKey: n.key,
              title: n.title,
              emailed: mailed,
            },
          ]);
        }),
    });
  }
}
