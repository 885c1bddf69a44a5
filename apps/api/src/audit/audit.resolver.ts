import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../common/access-policy.service.js';
import { badInput } from '../common/app-error.js';
import { defineLoader } from '../common/loaders.js';
import type { RequestContext } from '../common/request-context.js';
import { UserType } from '../identity/user.types.js';
import { userById } from '../identity/identity.loaders.js';
import { NetworkType } from '../networks/network.types.js';
import { AuditEntryType } from './audit.types.js';

const MAX_ENTRIES = 500;

interface AuditRow {
  id: string;
  network_id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before: unknown;
  after: unknown;
  at: Date;
}

/** The newest entries of each network, keyed `networkId|limit`, one query for all. */
const latestAuditOfNetwork = defineLoader<string, AuditEntryType[]>(
  'latestAuditOfNetwork',
  async (keys, ds) => {
    const limit = Math.max(...keys.map((key) => Number(key.split('|')[1])));
    const rows: AuditRow[] = await ds.query(
      `SELECT * FROM (
       SELECT a.*, row_number() OVER (PARTITION BY a.network_id ORDER BY a.at DESC, a.id) AS n
         FROM audit_entries a WHERE a.network_id = ANY($1::uuid[])
     ) ranked WHERE n <= $2 ORDER BY at DESC, id`,
      [[...new Set(keys.map((key) => key.split('|')[0]))], limit],
    );
    return keys.map((key) => {
      const [networkId, max] = key.split('|');
      return rows
        .filter((row) => row.network_id === networkId)
        .slice(0, Number(max))
        .map((row) => ({
          id: row.id,
          action: row.action,
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          before: row.before == null ? null : JSON.stringify(row.before),
          after: row.after == null ? null : JSON.stringify(row.after),
          at: row.at,
          networkId: row.network_id,
          actorId: row.actor_id,
        }));
    });
  },
);

@Resolver(() => NetworkType)
export class NetworkAuditResolver {
  constructor(private readonly policy: AccessPolicy) {}

  @ResolveField(() => [AuditEntryType], {
    description: 'Changes to the network, its members and invitations, newest first (coordinators only).',
  })
  async auditLog(
    @Parent() network: NetworkType,
    @Context() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<AuditEntryType[]> {
    await this.policy.require(ctx, 'network.manage', { networkId: network.id });
    if (limit < 1 || limit > MAX_ENTRIES) throw badInput(`limit must be between 1 and ${MAX_ENTRIES}`);
    return ctx.loaders.of(latestAuditOfNetwork).load(`${network.id}|${limit}`);
  }
}

@Resolver(() => AuditEntryType)
export class AuditEntryResolver {
  constructor(private readonly policy: AccessPolicy) {}

  @ResolveField(() => UserType, { nullable: true, description: 'None when the account was deleted.' })
  async actor(@Parent() entry: AuditEntryType, @Context() ctx: RequestContext) {
    if (!entry.networkId || !entry.actorId) return null;
    await this.policy.require(ctx, 'network.manage', { networkId: entry.networkId });
    return ctx.loaders.of(userById).load(entry.actorId);
  }
}
