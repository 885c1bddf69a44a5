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
 * Actions on what all networks share (`SharedAction`) are decided from the user's roles in every
 * network together:
 * - `catalogue.import`: import indicator sets (coordinators of any network: they set up the
 *   surveys networks work on).
 */
export type NetworkAction =
  | 'network.view'
  | 'network.manage'
  | 'municipality.contribute'
  | 'municipality.approve'
  | 'interpretation.propose'
  | SharedAction;

export type SharedAction = 'catalogue.import';

export function can(
  grants: readonly RoleGrant[],
  action: NetworkAction,
  municipalityId?: string | null,
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
    case 'catalogue.import':
      return has(['COORDINATOR']);
  }
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
