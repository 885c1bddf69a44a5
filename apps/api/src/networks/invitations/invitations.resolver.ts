import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { invitationTokenSchema, inviteMemberSchema } from '@samrad/domain';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { notFound } from '../../common/app-error.js';
import { CurrentUser, OptionalUser, Public } from '../../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { UserType } from '../../identity/user.types.js';
import { InvitationsService } from './invitations.service.js';
import { userById } from '../../identity/identity.loaders.js';
import { municipalityById } from '../networks.loaders.js';
import {
  InvitationPreviewType,
  InvitationType,
  InviteMemberInput,
  MunicipalityType,
  NetworkMemberType,
} from '../network.types.js';

/** A malformed token cannot name an invitation: the same answer as an unknown one. */
function parseToken(token: string): string {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) throw notFound('Invitation');
  return parsed.data;
}

@Resolver(() => InvitationType)
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly policy: AccessPolicy,
  ) {}

  @Mutation(() => InvitationType, {
    description: 'Coordinators only. Returns the token and link once; e-mails them when SMTP is configured.',
  })
  async inviteMember(
    @Args('input') raw: InviteMemberInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<InvitationType> {
    const input = parseInput(inviteMemberSchema, raw);
    await this.policy.require(ctx, 'network.manage', { networkId: input.networkId });
    return this.invitations.invite(user, input);
  }

  @Mutation(() => InvitationType, { description: 'A new token and expiry; the old link stops working.' })
  async resendInvitation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<InvitationType> {
    const invitation = await this.invitations.find(id);
    await this.policy.require(ctx, 'network.manage', { networkId: invitation.networkId }, 'Invitation');
    return this.invitations.resend(user, invitation);
  }

  @Mutation(() => InvitationType)
  async revokeInvitation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<InvitationType> {
    const invitation = await this.invitations.find(id);
    await this.policy.require(ctx, 'network.manage', { networkId: invitation.networkId }, 'Invitation');
    return this.invitations.revoke(user, invitation);
  }

  @Mutation(() => NetworkMemberType, {
    description:
      'Takes the invited role. NOT_FOUND for an unknown token; CONFLICT (reason REVOKED/ACCEPTED/EXPIRED) for a dead one; FORBIDDEN (reason WRONG_EMAIL) when signed in with another e-mail.',
  })
  async acceptInvitation(
    @Args('token') token: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<NetworkMemberType> {
    const membership = await this.invitations.accept(user, parseToken(token));
    this.policy.forget(ctx);
    return membership;
  }

  @Public()
  @Query(() => InvitationPreviewType, {
    description:
      'What an invitation link offers, for the accept page: to anyone holding the link signed out, to the invited address signed in; another signed-in account gets FORBIDDEN (reason WRONG_EMAIL).',
  })
  invitation(
    @Args('token') token: string,
    @OptionalUser() user: AuthUser | null,
  ): Promise<InvitationPreviewType> {
    return this.invitations.preview(user, parseToken(token));
  }

  @Public()
  @Mutation(() => InvitationPreviewType, {
    description:
      'The invitee says no, from the link (signed out, or signed in with the invited address). CONFLICT for an accepted, revoked or expired invitation; a coordinator may send it again.',
  })
  declineInvitation(
    @Args('token') token: string,
    @OptionalUser() user: AuthUser | null,
  ): Promise<InvitationPreviewType> {
    return this.invitations.decline(user, parseToken(token));
  }

  @ResolveField(() => MunicipalityType, { nullable: true })
  async municipality(@Parent() invitation: InvitationType, @Context() ctx: RequestContext) {
    await this.policy.require(ctx, 'network.manage', { networkId: invitation.networkId }, 'Invitation');
    return invitation.municipalityId
      ? ctx.loaders.of(municipalityById).load(invitation.municipalityId)
      : null;
  }

  @ResolveField(() => UserType, { nullable: true, description: 'The coordinator who invited.' })
  async invitedBy(@Parent() invitation: InvitationType, @Context() ctx: RequestContext) {
    await this.policy.require(ctx, 'network.manage', { networkId: invitation.networkId }, 'Invitation');
    return ctx.loaders.of(userById).load(invitation.invitedById);
  }
}
