import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { reportProgressSchema } from '@samrad/domain';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { UserType } from '../../identity/user.types.js';
import { userById } from '../../identity/identity.loaders.js';
import { municipalityById } from '../../networks/networks.loaders.js';
import { MunicipalityType } from '../../networks/network.types.js';
import { authorizedGoal } from '../goals.resolver.js';
import { ProgressUpdateType, ReportProgressInput } from '../goals.types.js';
import { ProgressService } from './progress.service.js';

@Resolver(() => ProgressUpdateType)
export class ProgressResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly policy: AccessPolicy,
  ) {}

  @Mutation(() => ProgressUpdateType, {
    description:
      "The municipality's head or an editor, on a goal the municipality committed to (else CONFLICT, reason " +
      'NOT_COMMITTED) that is PROPOSED or ACTIVE (else CONFLICT, reason GOAL_CLOSED).',
  })
  async reportProgress(
    @Args('input') input: ReportProgressInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const update = parseInput(reportProgressSchema, input);
    await authorizedGoal(this.policy, ctx, update.goalId, 'municipality.contribute', update.municipalityId);
    return this.progress.report(user, update);
  }

  @ResolveField(() => MunicipalityType)
  municipality(@Parent() update: ProgressUpdateType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(municipalityById).load(update.municipalityId);
  }

  @ResolveField(() => UserType)
  reportedBy(@Parent() update: ProgressUpdateType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(userById).load(update.reportedById);
  }
}
