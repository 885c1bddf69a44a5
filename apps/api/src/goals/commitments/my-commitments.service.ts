import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { AuthUser } from '../../common/request-context.js';
import { Commitment } from './commitment.entity.js';

/**
 * The commitments of the municipalities I hold a role for, in the networks where I hold it: one
 * query over my memberships (a municipality in two networks shows only the goals of the networks
 * where I act for it). Open goals first, then by the next open milestone's due date, then the goal's.
 */
@Injectable()
export class MyCommitmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(user: AuthUser): Promise<Commitment[]> {
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT c.id
         FROM (SELECT DISTINCT network_id, municipality_id FROM memberships
                WHERE user_id = $1 AND municipality_id IS NOT NULL) m
         JOIN goals g ON g.network_id = m.network_id
         JOIN goal_commitments c ON c.goal_id = g.id AND c.municipality_id = m.municipality_id
         LEFT JOIN LATERAL (SELECT min(ms.due_date) AS due FROM goal_milestones ms
                             WHERE ms.goal_id = g.id AND ms.done_at IS NULL) next ON true
        ORDER BY (g.status IN ('PROPOSED', 'ACTIVE')) DESC, next.due NULLS LAST, g.due_date NULLS LAST, g.created_at`,
      [user.id],
    );
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(Commitment).findBy({ id: In(ids.map((r) => r.id)) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((r) => byId.get(r.id)!).filter(Boolean);
  }
}
