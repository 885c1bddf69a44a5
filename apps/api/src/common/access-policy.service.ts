import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type NetworkAction, type Platform, type RoleGrant } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { badInput, forbidden, notFound, unauthenticated } from './app-error.js';
import { isUuid } from './ids.js';
import { defineLoader } from './loaders.js';
import type { Loaders } from './loaders.js';
import type { AuthUser, RequestContext } from './request-context.js';

/** The caller's roles per network, keyed `userId|networkId`, batched per request. */
const grantsLoader = defineLoader<string, RoleGrant[]>('grants', async (keys, dataSource) => {
  const pairs = keys.map((key) => key.split('|'));
  const valid = pairs.filter(([, networkId]) => isUuid(networkId));
  const rows: {
    user_id: string;
    network_id: string;
    role: RoleGrant['role'];
    municipality_id: string | null;
  }[] = valid.length
    ? await dataSource.query(
        `SELECT m.user_id, m.network_id, m.role, m.municipality_id
             FROM memberships m
             JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, network_id)
               ON k.user_id = m.user_id AND k.network_id = m.network_id`,
        [valid.map(([userId]) => userId), valid.map(([, networkId]) => networkId)],
      )
    : [];
  const grouped = new Map<string, RoleGrant[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    grouped
      .get(`${row.user_id}|${row.network_id}`)
      ?.push({ role: row.role, municipalityId: row.municipality_id });
  }
  return keys.map((key) => grouped.get(key) ?? []);
});

/**
 * Roles already read in a request, per network: member fields of a list ask the same question once
 * per member, and answering from here keeps that synchronous (no loader call, no await per field).
 */
const settledGrants = new WeakMap<Loaders, Map<string, RoleGrant[]>>();

function settled(ctx: RequestContext): Map<string, RoleGrant[]> {
  let map = settledGrants.get(ctx.loaders);
  if (!map) settledGrants.set(ctx.loaders, (map = new Map()));
  return map;
}

export interface NetworkTarget {
  networkId: string;
  municipalityId?: string | null;
}

/**
 * The one place that answers "may this user do this here?", from network memberships. Deny by
 * default. Someone outside the network learns nothing (NOT_FOUND, as if it did not exist); a
 * member without the needed role gets FORBIDDEN.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Operators of the installation are named by configuration (`OPERATOR_EMAILS`), never by sign-up. */
  platform(user: AuthUser): Platform {
    return { operator: this.config.env.OPERATOR_EMAILS.includes(user.email.toLowerCase()) };
  }

  async grants(ctx: RequestContext, networkId: string): Promise<RoleGrant[]> {
    const user = ctx.req.user;
    if (!user) return [];
    const known = settled(ctx).get(networkId);
    if (known) return known;
    const grants = await ctx.loaders.of(grantsLoader).load(`${user.id}|${networkId}`);
    settled(ctx).set(networkId, grants);
    return grants;
  }

  /** The caller's roles in a network, read together with something else (the network row). */
  primeGrants(ctx: RequestContext, networkId: string, grants: RoleGrant[]): void {
    if (!ctx.req.user) return;
    ctx.loaders.of(grantsLoader).prime(`${ctx.req.user.id}|${networkId}`, grants);
    settled(ctx).set(networkId, grants);
  }

  async allows(ctx: RequestContext, action: NetworkAction, target: NetworkTarget): Promise<boolean> {
    return can(await this.grants(ctx, target.networkId), action, target.municipalityId);
  }

  /** Throws NOT_FOUND for non-members (named by `what`) and FORBIDDEN for members lacking the role. */
  async require(
    ctx: RequestContext,
    action: NetworkAction,
    target: NetworkTarget,
    what = 'Network',
  ): Promise<void> {
    if (!ctx.req.user) throw unauthenticated();
    decide(await this.grants(ctx, target.networkId), action, target, what);
  }

  /**
   * `require`, then `then()`: synchronous when the caller's roles in the network are already known in
   * this request (every member of a list after the first), so a list pays for its check once.
   */
  guard<T>(
    ctx: RequestContext,
    action: NetworkAction,
    target: NetworkTarget,
    then: () => T | Promise<T>,
  ): T | Promise<T> {
    const known = ctx.req.user && settled(ctx).get(target.networkId);
    if (!known) return this.require(ctx, action, target).then(then);
    decide(known, action, target, 'Network');
    return then();
  }

  /**
   * Who will own an indicator set the user imports: `networkId` if they coordinate it (NOT_FOUND
   * outside it, FORBIDDEN without the role); without it, national for an operator, else the one
   * network they coordinate (BAD_USER_INPUT naming `networkId` when they coordinate several).
   */
  async catalogueOwner(user: AuthUser | undefined, networkId?: string | null): Promise<string | null> {
    if (!user) throw unauthenticated();
    const rows = (await this.dataSource.query(
      `SELECT network_id AS "networkId", role, municipality_id AS "municipalityId"
         FROM memberships WHERE user_id = $1`,
      [user.id],
    )) as (RoleGrant & { networkId: string })[];
    if (networkId) {
      const grants = rows.filter((row) => row.networkId === networkId);
      if (grants.length === 0) throw notFound('Network');
      if (!can(grants, 'catalogue.import')) throw forbidden(forbiddenMessage('catalogue.import'));
      return networkId;
    }
    if (can([], 'catalogue.publish', undefined, this.platform(user))) return null;
    const coordinated = [
      ...new Set(rows.filter((row) => can([row], 'catalogue.import')).map((r) => r.networkId)),
    ];
    if (coordinated.length === 1) return coordinated[0];
    if (coordinated.length === 0) throw forbidden(forbiddenMessage('catalogue.import'));
    throw badInput('You coordinate several networks: name the one the set belongs to', {
      problems: [{ path: 'networkId', message: 'Choose the network the set belongs to' }],
    });
  }

  /** Whether the user sees a set: national sets everyone signed in, a network's own its members. */
  async seesSet(ctx: RequestContext, ownerNetworkId: string | null): Promise<boolean> {
    if (!ctx.req.user) return false;
    return ownerNetworkId === null || this.allows(ctx, 'network.view', { networkId: ownerNetworkId });
  }

  /** The networks whose own sets the user sees (besides the national ones). */
  async memberNetworkIds(user: AuthUser): Promise<string[]> {
    const rows: { network_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT network_id FROM memberships WHERE user_id = $1',
      [user.id],
    );
    return rows.map((row) => row.network_id);
  }

  /** Forget the cached roles, after a membership change within the same request. */
  forget(ctx: RequestContext): void {
    ctx.loaders.of(grantsLoader).clearAll();
    settledGrants.delete(ctx.loaders);
  }
}

/** NOT_FOUND (named by `what`) for non-members, FORBIDDEN for members lacking the role. */
function decide(grants: RoleGrant[], action: NetworkAction, target: NetworkTarget, what: string): void {
  if (grants.length === 0) throw notFound(what);
  if (!can(grants, action, target.municipalityId)) throw forbidden(forbiddenMessage(action));
}

function forbiddenMessage(action: NetworkAction): string {
  switch (action) {
    case 'network.manage':
      return 'Only the network coordinator can do this';
    case 'municipality.contribute':
      return 'Only the head or an editor of this municipality can do this';
    case 'municipality.approve':
      return 'Only the head of this municipality can do this';
    case 'interpretation.propose':
      return 'Only coordinators, heads and editors can propose interpretations';
    case 'discussion.moderate':
      return 'Only the network coordinator can hide comments';
    case 'catalogue.import':
      return 'Only network coordinators can import indicator sets';
    case 'meeting.record':
      return 'Only coordinators and heads can write minutes and decisions';
    case 'catalogue.publish':
      return 'Only operators of the installation can publish national indicator sets';
    default:
      return 'You do not have permission to do this';
  }
}
