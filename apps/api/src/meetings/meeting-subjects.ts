import { Injectable, type OnModuleInit } from '@nestjs/common';
import { roomName } from '@samrad/domain';
import { isUuid } from '../common/ids.js';
import { DiscussionSubjects } from '../discussions/subjects/discussion-subjects.js';

/**
 * Meetings are discussion subjects (MEETING): a meeting's threads belong to its network and are told in the
 * network's room, where the meeting's own events go too (no room kind of its own: docs/decisions.md).
 */
@Injectable()
export class MeetingSubjects implements OnModuleInit {
  constructor(private readonly subjects: DiscussionSubjects) {}

  onModuleInit(): void {
    this.subjects.register('MEETING', async (id, db) => {
      if (!isUuid(id)) return null;
      const [row] = (await db.query(`SELECT id, network_id, title FROM meetings WHERE id = $1`, [id])) as {
        id: string;
        network_id: string;
        title: string;
      }[];
      return row
        ? {
            networkId: row.network_id,
            roundId: null,
            defaultTitle: row.title,
            room: roomName('network', row.network_id),
          }
        : null;
    });
  }
}
