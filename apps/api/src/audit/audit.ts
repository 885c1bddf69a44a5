import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  networkId: string | null;
  actorId: string | null;
  /** `<subject>.<verb>`, e.g. `membership.roleChanged`. */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes audit entries inside the caller's transaction: the change and its record commit together. */
export async function recordAudit(manager: EntityManager, ...records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager.insert(
    AuditEntry,
    // jsonb columns: TypeORM's deep-partial type does not model arbitrary JSON objects.
    records.map((record) => ({
      before: null,
      after: null,
      ...record,
    })) as QueryDeepPartialEntity<AuditEntry>[],
  );
}
