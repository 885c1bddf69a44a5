import { Injectable } from '@nestjs/common';
import type { Transaction } from '../../realtime/unit-of-work.service.js';
import { NotificationsService } from '../inbox/notifications.service.js';

/**
 * An invitation to someone who already has an account shows in their bell too. Its e-mail is the
 * invitation mail itself (it carries the one-time link), so it never goes into a digest.
 */
@Injectable()
export class InvitationNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  async invited(
    tx: Transaction,
    actorId: string,
    invitation: { id: string; networkId: string; email: string },
  ): Promise<void> {
    const [found] = (await tx.manager.query(
      `SELECT u.id, n.name FROM users u, networks n WHERE u.email = $1 AND n.id = $2`,
      [invitation.email, invitation.networkId],
    )) as { id: string; name: string }[];
    if (!found) return;
    await this.notifications.notify(tx, actorId, [
      {
        recipientId: found.id,
        kind: 'INVITATION',
        networkId: invitation.networkId,
        subjectType: 'INVITATION',
        subjectId: invitation.id,
        subjectKey: `invitation:${invitation.id}`,
        title: found.name,
        emailed: true,
      },
    ]);
  }
}
