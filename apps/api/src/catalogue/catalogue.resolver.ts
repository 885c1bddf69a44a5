import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { importIndicatorSetSchema } from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import { isUuid } from '../common/ids.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { indicatorsOfSet } from './catalogue.loaders.js';
import { CatalogueService } from './catalogue.service.js';
import { ImportIndicatorSetInput, IndicatorSetType, IndicatorType } from './catalogue.types.js';

/** The catalogue is shared reference data (national surveys): every signed-in user may read it. */
@Resolver(() => IndicatorSetType)
export class CatalogueResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => [IndicatorSetType], {
    description: 'Every indicator set, newest year and version first per area.',
  })
  indicatorSets(): Promise<IndicatorSetType[]> {
    return this.catalogue.list();
  }

  @Query(() => IndicatorSetType)
  async indicatorSet(@Args('id', { type: () => ID }) id: string): Promise<IndicatorSetType> {
    const set = isUuid(id) ? await this.catalogue.get(id) : null;
    if (!set) throw notFound('Indicator set');
    return set;
  }

  @Mutation(() => IndicatorSetType, {
    description:
      'Coordinators only. The same key and year again makes a new version; every problem is reported at once.',
  })
  async importIndicatorSet(
    @Args('input') input: ImportIndicatorSetInput,
    @CurrentUser() user: AuthUser,
  ): Promise<IndicatorSetType> {
    const set = parseInput(importIndicatorSetSchema, input);
    await this.policy.requireShared(user, 'catalogue.import');
    return this.catalogue.import(user, set);
  }

  @ResolveField(() => [IndicatorType])
  indicators(@Parent() set: IndicatorSetType, @Context() ctx: RequestContext): Promise<IndicatorType[]> {
    return ctx.loaders.of(indicatorsOfSet).load(set.id);
  }
}
