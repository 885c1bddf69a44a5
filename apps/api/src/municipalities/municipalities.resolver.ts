import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { municipalitySearchSchema } from '@samrad/domain';
import { z } from 'zod';
import { parseInput } from '../common/validation.js';
import { MunicipalitiesService } from './municipalities.service.js';
import { CountryEnum, MunicipalityType } from '../networks/network.types.js';

const searchArgs = municipalitySearchSchema.extend({
  limit: z.number().int().min(1, 'Limit must be at least 1').max(400, 'Limit must be at most 400').nullish(),
});

/** Reference data: every signed-in user may search all municipalities. */
@Resolver(() => MunicipalityType)
export class MunicipalitiesResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Query(() => [MunicipalityType], {
    description:
      'Search by name (prefix of the name or of any word in it, any case, accents optional) or code prefix. ' +
      'At most 50 results unless `limit` says otherwise; a country without `search` lists all of it.',
  })
  municipalities(
    @Args('country', { type: () => CountryEnum, nullable: true }) country?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
  ): Promise<MunicipalityType[]> {
    return this.service.search(parseInput(searchArgs, { country, search, limit }));
  }
}
