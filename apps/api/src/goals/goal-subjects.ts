import { Injectable, type OnModuleInit } from '@nestjs/common';
import { roomName } from '@samrad/domain';
import { isUuid } from '../common/ids.js';
import { DiscussionSubjects } from '../discussions/subjects/discussion-subjects.js';

/** Goals are discussion subjects (GOAL): a goal's threads belong to its network and are told in its room. */
@Injectable()
export class GoalSubjects implements OnModuleInit {
  constructor(private readonly subjects: DiscussionSubjects) {}

  onModuleInit(): void {
    this.subjects.register('GOAL', async (id, db) => {
      if (!isUuid(id)) return null;
      const [row] = (await db.query(`SELECT id, network_id, title FROM goals WHERE id = $1`, [id])) as {
        id: string;
        network_id: string;
        title: string;
      }[];
      return row
        ? {
            networkId: row.network_id,
            roundId: null,
            defaultTitle: row.title,
            room: roomName('goal', row.id),
          }
        : null;
    });
  }
}
