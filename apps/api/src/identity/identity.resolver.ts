import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { loginSchema, registerSchema, updateProfileSchema } from '@samrad/domain';
import type { Request } from 'express';
import { CurrentUser, Public } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { IdentityService, type ClientMeta } from './identity.service.js';
import { AuthPayload, RegisterInput, UpdateProfileInput, UserType } from './user.types.js';

const clientMeta = (req: Request): ClientMeta => ({ ip: req.ip, userAgent: req.get('user-agent') });

@Resolver(() => UserType)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentUser() user: AuthUser): UserType {
    return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale };
  }

  @Public()
  @Mutation(() => AuthPayload)
  register(@Args('input') input: RegisterInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.identity.register(parseInput(registerSchema, input), clientMeta(ctx.req));
  }

  @Public()
  @Mutation(() => AuthPayload)
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return this.identity.login(parseInput(loginSchema, { email, password }), clientMeta(ctx.req));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token (usable once) for a new pair.' })
  refreshToken(@Args('token') token: string, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.identity.refresh(token, clientMeta(ctx.req));
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its refresh and access tokens stop working.' })
  async logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.identity.logout(user.sessionId);
    return true;
  }

  @Mutation(() => UserType)
  updateProfile(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProfileInput): Promise<UserType> {
    return this.identity.updateProfile(user.id, parseInput(updateProfileSchema, input));
  }
}
