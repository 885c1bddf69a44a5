import { createNetworkSchema, updateNetworkSchema } from '@samrad/domain';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { NETWORK_ROLES, type NetworkRole } from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { selectedFields } from '../common/lookahead.js';
import { parseInput } from '../common/validation.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { toInvitationType } from './invitations/invitations.service.js';
import {
  membershipsOfNetwork,
  municipalitiesOfNetwork,
  myMembershipsIfRead,
  networkById,
  networkKey,
  networkPartsAsked,
  networkWithGrants,
  openInvitationsOfNetwork,
  primeMyMemberships,
} from './networks.loaders.js';
import { NetworksService } from './networks.service.js';
import {
  CreateNetworkInput,
  InvitationType,
  MunicipalityType,
  NetworkMemberType,
  NetworkRoleEnum,
  NetworkType,
  UpdateNetworkInput,
} from './network.types.js';

@Resolver(() => NetworkType)
export class NetworksResolver {
  constructor(
    private readonly service: NetworksService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => [NetworkType], { description: 'The networks I hold a role in.' })
  async networks(
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NetworkType[]> {
    // My memberships come with the list: they answer the policy (`myRoles`) and `myMemberships` without
    // another statement; the policy still makes every decision. Municipalities come along when asked for.
    const mine = await this.service.networksOf(user.id, selectedFields(info).has('municipalities'));
    for (const { network, mine: memberships, municipalities } of mine) {
      if (municipalities) ctx.loaders.of(municipalitiesOfNetwork).prime(network.id, municipalities);
      this.policy.primeGrants(
        ctx,
        network.id,
        memberships.map(({ role, municipalityId }) => ({ role, municipalityId })),
      );
      primeMyMemberships(ctx.loaders, network.id, memberships);
    }
    return mine.map(({ network }) => network);
  }

  @Query(() => NetworkType, { nullable: true, description: 'NOT_FOUND unless I am a member.' })
  async network(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The row and the caller's roles in one statement, with the lists the query asks for; the policy then
    // decides from those roles (and the list fields check it again).
    if (ctx.req.user) {
      const parts = networkPartsAsked(selectedFields(info));
      const { grants } = await ctx.loaders.of(networkWithGrants).load(networkKey(ctx.req.user.id, id, parts));
      this.policy.primeGrants(ctx, id, grants);
    }
    await this.policy.require(ctx, 'network.view', { networkId: id });
    const network = await ctx.loaders.of(networkById).load(id);
    if (!network) throw notFound('Network');
    return network;
  }

  @Mutation(() => NetworkType, { description: 'The creator becomes the coordinator.' })
  async createNetwork(
    @Args('input') input: CreateNetworkInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<NetworkType> {
    const network = await this.service.create(user, parseInput(createNetworkSchema, input));
    this.policy.forget(ctx);
    return network;
  }

  @Mutation(() => NetworkType)
  async updateNetwork(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNetworkInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<NetworkType> {
    const changes = parseInput(updateNetworkSchema, input);
    await this.policy.require(ctx, 'network.manage', { networkId: id });
    return this.service.update(user, id, changes);
  }

  @Mutation(() => NetworkType)
  async addMunicipalityToNetwork(
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<NetworkType> {
    await this.policy.require(ctx, 'network.manage', { networkId });
    return this.service.addMunicipality(user, networkId, municipalityId);
  }

  @Mutation(() => NetworkType, {
    description:
      'Refused (CONFLICT) while the municipality has answers in a round of the network that is not closed. Roles tied to the municipality end; its open invitations are revoked.',
  })
  async removeMunicipalityFromNetwork(
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<NetworkType> {
    await this.policy.require(ctx, 'network.manage', { networkId });
    const network = await this.service.removeMunicipality(user, networkId, municipalityId);
    this.policy.forget(ctx);
    return network;
  }

  // Lists read along with the network come back as they are once the roles are known (no promise); no
  // parameter decorators, so Nest binds them without its per-call wrapper (see NetworkMembersResolver.user).
  @ResolveField(() => [MunicipalityType])
  municipalities(network: NetworkType, _args: unknown, ctx: RequestContext) {
    return this.policy.guard(ctx, 'network.view', { networkId: network.id }, () =>
      ctx.loaders.of(municipalitiesOfNetwork).loadNow(network.id),
    );
  }

  @ResolveField(() => [NetworkMemberType], { description: 'Every role held in the network (members only).' })
  members(network: NetworkType, _args: unknown, ctx: RequestContext) {
    return this.policy.guard(ctx, 'network.view', { networkId: network.id }, () =>
      ctx.loaders.of(membershipsOfNetwork).loadNow(network.id),
    );
  }

  @ResolveField(() => [NetworkRoleEnum], { description: 'My roles here, each once.' })
  async myRoles(@Parent() network: NetworkType, @Context() ctx: RequestContext): Promise<NetworkRole[]> {
    const grants = await this.policy.grants(ctx, network.id);
    return NETWORK_ROLES.filter((role) => grants.some((grant) => grant.role === role));
  }

  @ResolveField(() => [NetworkMemberType], { description: 'My roles here, with their municipalities.' })
  async myMemberships(
    @Parent() network: NetworkType,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    await this.policy.require(ctx, 'network.view', { networkId: network.id });
    const read = myMembershipsIfRead(ctx.loaders, network.id);
    if (read) return read;
    const all = await ctx.loaders.of(membershipsOfNetwork).load(network.id);
    return all.filter((membership) => membership.userId === user.id);
  }

  @ResolveField(() => [InvitationType], {
    description: 'Invitations neither accepted nor revoked, newest first (coordinators only).',
  })
  async invitations(@Parent() network: NetworkType, @Context() ctx: RequestContext) {
    await this.policy.require(ctx, 'network.manage', { networkId: network.id });
    const open = await ctx.loaders.of(openInvitationsOfNetwork).load(network.id);
    return open.map((invitation) => toInvitationType(invitation));
  }
}
