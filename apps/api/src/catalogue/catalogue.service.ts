import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { importIndicatorSetSchema } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { forbidden } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { IndicatorSet } from './indicator-set.entity.js';
import { storeIndicatorSet } from './store-indicator-set.js';

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
    return this.dataSource.transaction((manager) => storeIndicatorSet(manager, user.id, input));
  }
}
