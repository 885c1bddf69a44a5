import type { NetworkRole } from './enums.js';

/** One role a user holds in a network (municipality null = network-wide). */
export interface RoleGrant {
  role: NetworkRole;
  municipalityId: string | null;
}

/**
 * What a member may do in a network. The API enforces these (through its AccessPolicy); the web
 * uses the same rules to decide which controls to show.
 * - `network.view`: read the network and everything in it, discuss (every member).
 * - `network.manage`: settings, municipalities, members, invitations, rounds and their phases,
 *   recording interpretation outcomes, goals (coordinators).
 * - `municipality.contribute`: answer, take positions, report progress for one municipality (its head or editors).
 * - `municipality.approve`: approve answers, commit to goals for one municipality (its head).
 * - `interpretation.propose`: propose a reading of a question (coordinators, heads, editors).
 *
 * - `discussion.post`: comment on the network's subjects, follow threads (every member, viewers too: a
 *   network-wide viewer is often a politician or an analyst whose questions are the point of the talk).
 * - `discussion.moderate`: hide someone's comment with a reason (coordinators). Only its author edits
 *   or deletes a comment (`isCommentAuthor` in discussions.ts).
 *
 * - `meeting.record`: write a meeting's minutes and decisions (coordinators, and heads: the head of a
 *   municipality often keeps the minutes). Meetings themselves and their agendas are `network.manage`.
 *
 * - `catalogue.import`: import an indicator set as the network's own (coordinators). Its members see
 *   it and its rounds may use it; no other network does.
 *
 * Actions on what all networks share (`SharedAction`) are not network roles:
 * - `catalogue.publish`: publish a national indicator set, seen by everyone (operators of the
 *   installation only, named by configuration; never granted by sign-up or by any network role).
 */
export type NetworkAction =
  | 'network.view'
  | 'network.manage'
  | 'municipality.contribute'
  | 'municipality.approve'
  | 'interpretation.propose'
  | 'discussion.post'
  | 'discussion.moderate'
  | 'catalogue.import'
  | 'meeting.record'
  | SharedAction;

export type SharedAction = 'catalogue.publish';

/** Who the user is on the installation, beyond network roles. */
export interface Platform {
  operator: boolean;
}

export function can(
  grants: readonly RoleGrant[],
  action: NetworkAction,
  municipalityId?: string | null,
  platform: Platform = { operator: false },
): boolean {
  const has = (roles: NetworkRole[], forMunicipality?: string | null) =>
    grants.some(
      (grant) =>
        roles.includes(grant.role) &&
        (forMunicipality === undefined || grant.municipalityId === forMunicipality),
    );
  switch (action) {
    case 'network.view':
      return grants.length > 0;
    case 'network.manage':
      return has(['COORDINATOR']);
    case 'municipality.contribute':
      return Boolean(municipalityId) && has(['HEAD', 'EDITOR'], municipalityId);
    case 'municipality.approve':
      return Boolean(municipalityId) && has(['HEAD'], municipalityId);
    case 'interpretation.propose':
      return has(['COORDINATOR', 'HEAD', 'EDITOR']);
    case 'discussion.post':
      return grants.length > 0;
    case 'discussion.moderate':
      return has(['COORDINATOR']);
    case 'catalogue.import':
      return has(['COORDINATOR']);
    case 'meeting.record':
      return has(['COORDINATOR', 'HEAD']);
    case 'catalogue.publish':
      return platform.operator;
  }
}

/**
 * Whether a round of `networkId` may use a set owned by `ownerNetworkId` (null = national): a
 * national set or the network's own, never another network's.
 */
export function setUsableIn(ownerNetworkId: string | null, networkId: string): boolean {
  return ownerNetworkId === null || ownerNetworkId === networkId;
}

/** The municipalities a user may contribute for (as head or editor). */
export function contributingMunicipalities(grants: readonly RoleGrant[]): string[] {
  return [
    ...new Set(
      grants
        .filter((g) => (g.role === 'HEAD' || g.role === 'EDITOR') && g.municipalityId)
        .map((g) => g.municipalityId as string),
    ),
  ];
}
