import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkRole } from '@samrad/domain';
import { DataSource, In, Not } from 'typeorm';
import { joinedColumns } from '../common/loaders.js';
import { Network } from '../networks/network.entity.js';
import { Round } from '../rounds/round.entity.js';
import { WORK_ITEM_KINDS, WorkItemSources, type MyGrant, type WorkItem } from './work-items.js';

const FAR_FUTURE = Number.MAX_SAFE_INTEGER;

/** Gathers "what is mine to do now" across all my networks: two statements, then every registered source. */
@Injectable()
export class HomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: WorkItemSources,
  ) {}

  async workOf(userId: string, now = new Date()): Promise<WorkItem[]> {
    // My roles with their networks, and for a coordinator the invitations still waiting there: one statement.
    const network = joinedColumns(this.dataSource, Network, 'n', 'n');
    const rows: (Record<string, unknown> & {
      role: NetworkRole;
      municipality_id: string | null;
      pending_invitations: number | null;
    })[] = await this.dataSource.query(
      `SELECT m.role, m.municipality_id, ${network.list},
              CASE WHEN m.role = 'COORDINATOR' THEN
                (SELECT count(*)::int FROM invitations i
                  WHERE i.network_id = m.network_id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
                    AND i.declined_at IS NULL AND i.expires_at > $2)
              END AS pending_invitations
         FROM memberships m JOIN networks n ON n.id = m.network_id
        WHERE m.user_id = $1`,
      [userId, now],
    );
    const networks = new Map<string, Network>();
    const grants: MyGrant[] = rows.map((row) => {
      const plain = network.read(row);
      networks.set(plain.id, plain);
      return {
        networkId: plain.id,
        networkName: plain.name,
        role: row.role,
        municipalityId: row.municipality_id,
        pendingInvitations: row.pending_invitations,
      };
    });
    if (grants.length === 0) return [];
    const networkIds = [...new Set(grants.map((g) => g.networkId))];
    const openRounds = await this.dataSource
      .getRepository(Round)
      .find({ where: { networkId: In(networkIds), phase: Not('CLOSED') }, order: { createdAt: 'DESC' } });
    const context = { userId, grants, openRounds, now };
    const items = (await Promise.all(this.sources.all().map((source) => source(context)))).flat();
    const names = new Map(grants.map((g) => [g.networkId, g.networkName]));
    // Each item carries its network row, read above, so `WorkItem.network` needs no statement of its own.
    for (const item of items) item.network = networks.get(item.networkId);
    // Soonest deadline first; items without one after, by network name; then in the order of the kinds
    // (a phase's general ask before its particular ones), whatever order the sources registered in.
    return items.sort(
      (a, b) =>
        (a.deadline?.getTime() ?? FAR_FUTURE) - (b.deadline?.getTime() ?? FAR_FUTURE) ||
        (names.get(a.networkId) ?? '').localeCompare(names.get(b.networkId) ?? '', 'sv') ||
        WORK_ITEM_KINDS.indexOf(a.kind) - WORK_ITEM_KINDS.indexOf(b.kind),
    );
  }
}
