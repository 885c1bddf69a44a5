import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkRole } from '@samrad/domain';
import { DataSource, In, Not } from 'typeorm';
import { Round } from '../rounds/round.entity.js';
import { WORK_ITEM_KINDS, WorkItemSources, type MyGrant, type WorkItem } from './work-items.js';

const FAR_FUTURE = Number.MAX_SAFE_INTEGER;

/** Gathers "what is mine to do now" across all my networks: two queries, then every registered source. */
@Injectable()
export class HomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: WorkItemSources,
  ) {}

  async workOf(userId: string, now = new Date()): Promise<WorkItem[]> {
    const rows: {
      network_id: string;
      network_name: string;
      role: NetworkRole;
      municipality_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT m.network_id, n.name AS network_name, m.role, m.municipality_id
           FROM memberships m JOIN networks n ON n.id = m.network_id
          WHERE m.user_id = $1`,
      [userId],
    );
    const grants: MyGrant[] = rows.map((r) => ({
      networkId: r.network_id,
      networkName: r.network_name,
      role: r.role,
      municipalityId: r.municipality_id,
    }));
    if (grants.length === 0) return [];
    const networkIds = [...new Set(grants.map((g) => g.networkId))];
    const openRounds = await this.dataSource
      .getRepository(Round)
      .find({ where: { networkId: In(networkIds), phase: Not('CLOSED') }, order: { createdAt: 'DESC' } });
    const context = { userId, grants, openRounds, now };
    const items = (await Promise.all(this.sources.all().map((source) => source(context)))).flat();
    const names = new Map(grants.map((g) => [g.networkId, g.networkName]));
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
