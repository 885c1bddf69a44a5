import {
  createMunicipalityGroupSchema,
  indicatorHistorySchema,
  updateMunicipalityGroupSchema,
} from '@samrad/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { NetworkType } from '../networks/network.types.js';
import { groupsOfNetwork } from './comparisons.loaders.js';
import {
  CreateMunicipalityGroupInput,
  IndicatorHistoryPointType,
  MunicipalityGroupType,
  UpdateMunicipalityGroupInput,
} from './comparisons.types.js';
import { indicatorHistory } from './indicator-history.js';
import { MunicipalityGroupsService } from './municipality-groups.service.js';

/** Comparisons: saved groups of similar municipalities, and an indicator across the network's years. */
@Resolver(() => MunicipalityGroupType)
export class ComparisonsResolver {
  constructor(
    private readonly groups: MunicipalityGroupsService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => [IndicatorHistoryPointType], {
    description:
      "An indicator code across the network's rounds, oldest year first: per round the values I may see " +
      '(give-to-get as Round.answers), their summary and the national reference. NOT_FOUND unless I am a member.',
  })
  async indicatorHistory(
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('indicatorCode') indicatorCode: string,
    @Context() ctx: RequestContext,
  ) {
    const input = parseInput(indicatorHistorySchema, { networkId, indicatorCode });
    await this.policy.require(ctx, 'network.view', { networkId: input.networkId });
    const grants = await this.policy.grants(ctx, input.networkId);
    return indicatorHistory(ctx.loaders, input.networkId, input.indicatorCode, grants);
  }

  @Mutation(() => MunicipalityGroupType, {
    description: 'Coordinators only. The municipalities must be in the network; a taken name is CONFLICT.',
  })
  async createMunicipalityGroup(
    @Args('input') input: CreateMunicipalityGroupInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const group = parseInput(createMunicipalityGroupSchema, input);
    await this.policy.require(ctx, 'network.manage', { networkId: group.networkId });
    return this.groups.create(user, group);
  }

  @Mutation(() => MunicipalityGroupType, { description: 'Coordinators only. Only the fields given change.' })
  async updateMunicipalityGroup(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMunicipalityGroupInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const change = parseInput(updateMunicipalityGroupSchema, input);
    await this.authorize(ctx, id);
    return this.groups.update(user, id, change);
  }

  @Mutation(() => ID, { description: 'Coordinators only. Returns the deleted group’s id.' })
  async deleteMunicipalityGroup(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    await this.authorize(ctx, id);
    return this.groups.remove(user, id);
  }

  /** NOT_FOUND for a group outside the caller's networks, FORBIDDEN for members who do not coordinate. */
  private async authorize(ctx: RequestContext, groupId: string) {
    const networkId = await this.groups.networkOf(groupId);
    if (!networkId) throw notFound('Municipality group');
    await this.policy.require(ctx, 'network.manage', { networkId }, 'Municipality group');
  }
}

/** The network's saved groups (the network was access-checked where it was loaded). */
@Resolver(() => NetworkType)
export class NetworkGroupsResolver {
  @ResolveField(() => [MunicipalityGroupType], {
    description: 'Saved groups of similar municipalities to compare against, by name.',
  })
  municipalityGroups(@Parent() network: NetworkType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(groupsOfNetwork).load(network.id);
  }
}
