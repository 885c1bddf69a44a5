import type { DataSource } from 'typeorm';
import { joinedColumns } from '../../common/loaders.js';
import { municipalityRole } from '../../home/municipality-work.js';
import type { WorkContext, WorkItem } from '../../home/work-items.js';
import { Goal } from '../goal.entity.js';

const DAY = 86_400_000;

/**
 * Heads and editors: per open goal (PROPOSED or ACTIVE) my municipality has COMMITTED to, progress
 * to report when the municipality's latest update is older than the network's follow-up interval, or
 * there is none yet (a last update with status DONE asks nothing more). The deadline is that update
 * (or, without one, the commitment) plus the interval. One statement for all my municipalities.
 */
export function progressWork(dataSource: DataSource) {
  return async ({ grants, now }: WorkContext): Promise<WorkItem[]> => {
    const mine = grants.filter((g) => (g.role === 'HEAD' || g.role === 'EDITOR') && g.municipalityId);
    if (mine.length === 0) return [];
    const goal = joinedColumns(dataSource, Goal, 'g', 'g');
    const rows: (Record<string, unknown> & {
      municipality_id: string;
      since: Date;
      days: number;
    })[] = await dataSource.query(
      `SELECT DISTINCT ON (g.id, c.municipality_id) ${goal.list}, c.municipality_id,
              COALESCE(last.reported_at, c.created_at) AS since,
              n.follow_up_interval_days AS days
         FROM unnest($1::uuid[], $2::uuid[]) AS k(network_id, municipality_id)
         JOIN goal_commitments c ON c.municipality_id = k.municipality_id AND c.status = 'COMMITTED'
         JOIN goals g ON g.id = c.goal_id AND g.network_id = k.network_id AND g.status IN ('PROPOSED', 'ACTIVE')
         JOIN networks n ON n.id = g.network_id
         LEFT JOIN LATERAL (
           SELECT pu.reported_at, pu.status FROM goal_progress_updates pu
            WHERE pu.municipality_id = c.municipality_id AND pu.goal_id = c.goal_id
            ORDER BY pu.reported_at DESC LIMIT 1) last ON true
        WHERE last.reported_at IS NULL
           OR (last.status <> 'DONE' AND last.reported_at <= $3::timestamptz - make_interval(days => n.follow_up_interval_days))`,
      [mine.map((g) => g.networkId), mine.map((g) => g.municipalityId), now],
    );
    return rows.map((row) => {
      const read = goal.read(row);
      return {
        id: `PROGRESS_TO_REPORT:${read.id}:${row.municipality_id}`,
        kind: 'PROGRESS_TO_REPORT',
        role: municipalityRole(grants, read.networkId, row.municipality_id),
        networkId: read.networkId,
        goal: read,
        municipalityId: row.municipality_id,
        deadline: new Date(new Date(row.since).getTime() + row.days * DAY),
      };
    });
  };
}
