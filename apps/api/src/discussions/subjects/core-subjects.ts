import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isUuid } from '../../common/ids.js';
import { parseQuestionSubjectId, roomName } from '@samrad/domain';
import { DiscussionSubjects } from './discussion-subjects.js';

/**
 * The subjects that exist before discussions: the network, a round, and a question of a round
 * (INDICATOR, id `<roundId>:<indicatorId>`: the indicator must be in the round's set).
 */
@Injectable()
export class CoreSubjects implements OnModuleInit {
  constructor(private readonly subjects: DiscussionSubjects) {}

  onModuleInit(): void {
    this.subjects.register('NETWORK', async (id, db) => {
      if (!isUuid(id)) return null;
      const [row] = (await db.query(`SELECT id, name FROM networks WHERE id = $1`, [id])) as {
        id: string;
        name: string;
      }[];
      return row
        ? { networkId: row.id, roundId: null, defaultTitle: row.name, room: roomName('network', row.id) }
        : null;
    });
    this.subjects.registerRow(
      'ROUND',
      'rounds',
      (round) => roomName('round', round.id),
      (round) => round.id,
    );
    this.subjects.register('INDICATOR', async (id, db) => {
      const question = parseQuestionSubjectId(id);
      if (!question) return null;
      const [row] = (await db.query(
        `SELECT r.id, r.network_id, i.code, i.text FROM rounds r
           JOIN indicators i ON i.indicator_set_id = r.indicator_set_id AND i.id = $2
          WHERE r.id = $1`,
        [question.roundId, question.indicatorId],
      )) as { id: string; network_id: string; code: string; text: string }[];
      return row
        ? {
            networkId: row.network_id,
            roundId: row.id,
            defaultTitle: `${row.code} ${row.text}`.slice(0, 200),
            room: roomName('round', row.id),
          }
        : null;
    });
  }
}
