import type { ImportIndicatorSetInput } from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import { IndicatorSet } from './indicator-set.entity.js';
import { Indicator } from './indicator.entity.js';

/**
 * Stores a validated set as the next version of its owner's key and year (`ownerNetworkId` null =
 * national), inside the caller's transaction (imports, Kolada, demo data all come through here).
 */
export async function storeIndicatorSet(
  manager: EntityManager,
  userId: string | null,
  ownerNetworkId: string | null,
  input: ImportIndicatorSetInput,
): Promise<IndicatorSet> {
  // Two imports of the same key and year at once must not both take the same version.
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('indicator_set:' || coalesce($3::text, 'national') || ':' || $1 || ':' || $2))`,
    [input.key, input.year, ownerNetworkId],
  );
  const [{ next }] = await manager.query(
    `SELECT coalesce(max(version), 0) + 1 AS next FROM indicator_sets
      WHERE key = $1 AND year = $2 AND owner_network_id IS NOT DISTINCT FROM $3::uuid`,
    [input.key, input.year, ownerNetworkId],
  );
  const set = await manager.save(
    manager.create(IndicatorSet, {
      key: input.key,
      year: input.year,
      version: Number(next),
      title: input.title,
      area: input.area,
      source: input.source,
      ownerNetworkId,
      createdById: userId,
    }),
  );
  // One multi-row INSERT for the whole questionnaire.
  await manager.insert(
    Indicator,
    input.indicators.map((indicator, position) => ({ ...indicator, indicatorSetId: set.id, position })),
  );
  return set;
}
