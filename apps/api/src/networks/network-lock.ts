import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error.js';

export interface LockedNetwork {
  id: string;
  name: string;
}

/**
 * Locks the network row for the rest of the transaction, so membership changes of one network
 * run one after another (two coordinators leaving at once cannot both pass the "last
 * coordinator" check). NO KEY UPDATE leaves inserts of rows that reference the network unblocked.
 */
export async function lockNetwork(manager: EntityManager, networkId: string): Promise<LockedNetwork> {
  const [row] = (await manager.query(`SELECT id, name FROM networks WHERE id = $1 FOR NO KEY UPDATE`, [
    networkId,
  ])) as LockedNetwork[];
  if (!row) throw notFound('Network');
  return row;
}

/** How many coordinator roles the network has besides the ones listed (call under lockNetwork). */
export async function otherCoordinators(
  manager: EntityManager,
  networkId: string,
  excludingMembershipIds: string[],
): Promise<number> {
  const [{ count }] = (await manager.query(
    `SELECT count(*)::int AS count FROM memberships
      WHERE network_id = $1 AND role = 'COORDINATOR' AND NOT (id = ANY($2::uuid[]))`,
    [networkId, excludingMembershipIds],
  )) as { count: number }[];
  return count;
}

/** Does the municipality take part in the network? */
export async function isInNetwork(
  manager: EntityManager,
  networkId: string,
  municipalityId: string,
): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM network_municipalities WHERE network_id = $1 AND municipality_id = $2`,
    [networkId, municipalityId],
  )) as unknown[];
  return rows.length > 0;
}
