import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { changeMemberRoleSchema, type NetworkRole } from '@samrad/domain';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { UserType } from '../../identity/user.types.js';
import { NetworkMembersService } from './network-members.service.js';
import { userById } from '../../identity/identity.loaders.js';
import { municipalityById, networkById } from '../networks.loaders.js';
import { MunicipalityType, NetworkMemberType, NetworkRoleEnum, NetworkType } from '../network.types.js';

@Resolver(() => NetworkMemberType)
export class NetworkMembersResolver {
  constructor(
    private readonly members: NetworkMembersService,
    private readonly policy: AccessPolicy,
  ) {}

  @Mutation(() => NetworkMemberType, {
    description:
      'Coordinators only. HEAD/EDITOR need a municipality of the network, COORDINATOR none. The last coordinator cannot be demoted (CONFLICT).',
  })
  async changeMemberRole(
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('role', { type: () => NetworkRoleEnum }) role: NetworkRole,
    @Args('municipalityId', { type: () => ID, nullable: true }) municipalityId: string | null,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<NetworkMemberType> {
    const input = parseInput(changeMemberRoleSchema, { membershipId, role, municipalityId });
    const membership = await this.members.find(membershipId);
    await this.policy.require(ctx, 'network.manage', { networkId: membership.networkId }, 'Member');
    const changed = await this.members.changeRole(user, membership, input);
    this.policy.forget(ctx);
    return changed;
  }

  @Mutation(() => NetworkType, {
    description: 'Ends one role (coordinators only). The last coordinator cannot be removed (CONFLICT).',
  })
  async removeMember(
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const membership = await this.members.find(membershipId);
    await this.policy.require(ctx, 'network.manage', { networkId: membership.networkId }, 'Member');
    await this.members.remove(user, membership);
    this.policy.forget(ctx);
    return ctx.loaders.of(networkById).load(membership.networkId);
  }

  @Mutation(() => Boolean, {
    description: 'Ends all my roles in the network. The last coordinator cannot leave (CONFLICT).',
  })
  async leaveNetwork(
    @Args('networkId', { type: () => ID }) networkId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.policy.require(ctx, 'network.view', { networkId });
    await this.members.leave(user, networkId);
    this.policy.forget(ctx);
    return true;
  }

  // Checked per member, answered once per list: the roles are known after the first (AccessPolicy.guard),
  // and the user and municipality read with the list are returned as they are (no promise per member).
  // No parameter decorators (graphql-js's own arguments): Nest then binds the method as it is, without its
  // per-call wrapper (promises for pipes and interceptors), which a field asked once per member pays for.
  @ResolveField(() => UserType)
  user(member: NetworkMemberType, _args: unknown, ctx: RequestContext) {
    return this.policy.guard(ctx, 'network.view', { networkId: member.networkId }, () =>
      ctx.loaders.of(userById).loadNow(member.userId),
    );
  }

  @ResolveField(() => MunicipalityType, { nullable: true, description: 'None for network-wide roles.' })
  municipality(member: NetworkMemberType, _args: unknown, ctx: RequestContext) {
    return this.policy.guard(ctx, 'network.view', { networkId: member.networkId }, () =>
      member.municipalityId ? ctx.loaders.of(municipalityById).loadNow(member.municipalityId) : null,
    );
  }
}
