import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { importIndicatorSetSchema, type ImportIndicatorSetInput } from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { forbidden } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { IndicatorSet } from './indicator-set.entity.js';
import { Indicator } from './indicator.entity.js';

/**
 * The shared catalogue of surveys. Sets never change once imported: importing the same key and
 * year again makes the next version, so a round keeps exactly the questions it was opened with.
 */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<IndicatorSet[]> {
    return this.dataSource
      .getRepository(IndicatorSet)
      .find({ order: { area: 'ASC', year: 'DESC', key: 'ASC', version: 'DESC' } });
  }

  get(id: string): Promise<IndicatorSet | null> {
    return this.dataSource.getRepository(IndicatorSet).findOneBy({ id });
  }

  /** Catalogue imports are for coordinators (of any network): they set up the surveys networks work on. */
  async assertMayImport(user: AuthUser): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'COORDINATOR' LIMIT 1`,
      [user.id],
    );
    if (!row) throw forbidden('Only network coordinators can import indicator sets');
  }

  /** Validates (every problem at once) and stores a set as a new version, all or nothing. */
  async import(user: AuthUser, raw: unknown): Promise<IndicatorSet> {
    const input = parseInput(importIndicatorSetSchema, raw);
    await this.assertMayImport(user);
    return this.dataSource.transaction((manager) => this.store(manager, user.id, input));
  }

  async store(manager: EntityManager, userId: string, input: ImportIndicatorSetInput): Promise<IndicatorSet> {
    // Two imports of the same key and year at once must not both take the same version.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('indicator_set:' || $1 || ':' || $2))`, [
      input.key,
      input.year,
    ]);
    const [{ next }] = await manager.query(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM indicator_sets WHERE key = $1 AND year = $2`,
      [input.key, input.year],
    );
    const set = await manager.save(
      manager.create(IndicatorSet, {
        key: input.key,
        year: input.year,
        version: Number(next),
        title: input.title,
        area: input.area,
        source: input.source,
        createdById: userId,
      }),
    );
    await manager.insert(
      Indicator,
      input.indicators.map((indicator, position) => ({ ...indicator, indicatorSetId: set.id, position })),
    );
    return set;
  }
}
