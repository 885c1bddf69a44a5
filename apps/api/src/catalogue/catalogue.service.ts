import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { importIndicatorSetSchema } from '@samrad/domain';
import { DataSource, In, IsNull } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../common/request-context.js';
import { IndicatorSet } from './indicator-set.entity.js';
import { storeIndicatorSet } from './store-indicator-set.js';

/**
 * The catalogue of surveys: national sets (published by operators) and each network's own. Sets
 * never change once imported: importing the same key and year again makes the owner's next
 * version, so a round keeps exactly the questions it was opened with. Access: the caller.
 */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** National sets and the own sets of `networkIds` (the caller's networks). */
  list(networkIds: string[]): Promise<IndicatorSet[]> {
    return this.dataSource.getRepository(IndicatorSet).find({
      where: [
        { ownerNetworkId: IsNull() },
        ...(networkIds.length ? [{ ownerNetworkId: In(networkIds) }] : []),
      ],
      order: { area: 'ASC', year: 'DESC', key: 'ASC', version: 'DESC' },
    });
  }

  get(id: string): Promise<IndicatorSet | null> {
    return this.dataSource.getRepository(IndicatorSet).findOneBy({ id });
  }

  /** Stores a set as a new version, all or nothing (input parsed, access checked by the caller). */
  async import(
    user: AuthUser,
    ownerNetworkId: string | null,
    input: z.output<typeof importIndicatorSetSchema>,
  ): Promise<IndicatorSet> {
    return this.dataSource.transaction((manager) =>
      storeIndicatorSet(manager, user.id, ownerNetworkId, input),
    );
  }
}
