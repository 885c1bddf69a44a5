import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { catalogueOwnerSchema, importIndicatorSetSchema } from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import { isUuid } from '../common/ids.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { networkById } from '../networks/networks.loaders.js';
import { NetworkType } from '../networks/network.types.js';
import { indicatorsOfSet } from './catalogue.loaders.js';
import { CatalogueService } from './catalogue.service.js';
import { ImportIndicatorSetInput, IndicatorSetType, IndicatorType } from './catalogue.types.js';

/**
 * National sets are read by every signed-in user; a network's own sets by its members only (others
 * get NOT_FOUND, as if the set did not exist).
 */
@Resolver(() => IndicatorSetType)
export class CatalogueResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => [IndicatorSetType], {
    description:
      "The national indicator sets and your networks' own, newest year and version first per area.",
  })
  async indicatorSets(@CurrentUser() user: AuthUser): Promise<IndicatorSetType[]> {
    return this.catalogue.list(await this.policy.memberNetworkIds(user));
  }

  @Query(() => IndicatorSetType)
  async indicatorSet(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<IndicatorSetType> {
    const set = isUuid(id) ? await this.catalogue.get(id) : null;
    if (!set || !(await this.policy.seesSet(ctx, set.ownerNetworkId))) throw notFound('Indicator set');
    return set;
  }

  @Mutation(() => IndicatorSetType, {
    description:
      "Coordinators, into their network (`networkId`); operators, without it, publish a national set. The same key and year again makes the owner's next version; every problem is reported at once.",
  })
  async importIndicatorSet(
    @Args('input') input: ImportIndicatorSetInput,
    @CurrentUser() user: AuthUser,
  ): Promise<IndicatorSetType> {
    const set = parseInput(importIndicatorSetSchema, input);
    const { networkId } = parseInput(catalogueOwnerSchema, { networkId: input.networkId });
    const owner = await this.policy.catalogueOwner(user, networkId);
    return this.catalogue.import(user, owner, set);
  }

  @ResolveField(() => NetworkType, {
    nullable: true,
    description: 'The network whose own set this is; null for a national set.',
  })
  async ownerNetwork(@Parent() set: IndicatorSetType, @Context() ctx: RequestContext) {
    return set.ownerNetworkId ? ctx.loaders.of(networkById).load(set.ownerNetworkId) : null;
  }

  @ResolveField(() => [IndicatorType])
  indicators(@Parent() set: IndicatorSetType, @Context() ctx: RequestContext): Promise<IndicatorType[]> {
    return ctx.loaders.of(indicatorsOfSet).load(set.id);
  }
}
