import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { addMilestoneSchema, updateMilestoneSchema } from '@samrad/domain';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { notFound } from '../../common/app-error.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { UserType } from '../../identity/user.types.js';
import { userById } from '../../identity/identity.loaders.js';
import { authorizedGoal } from '../goals.resolver.js';
import { milestoneById } from '../goals.loaders.js';
import { AddMilestoneInput, MilestoneType, UpdateMilestoneInput } from '../goals.types.js';
import { MilestonesService } from './milestones.service.js';

/** Milestones are the coordinator's, while the goal is PROPOSED or ACTIVE (else CONFLICT, GOAL_CLOSED). */
@Resolver(() => MilestoneType)
export class MilestonesResolver {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly policy: AccessPolicy,
  ) {}

  @Mutation(() => MilestoneType, { description: 'Coordinators. The due date may not be in the past.' })
  async addMilestone(
    @Args('input') input: AddMilestoneInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const milestone = parseInput(addMilestoneSchema, input);
    await authorizedGoal(this.policy, ctx, milestone.goalId, 'network.manage');
    return this.milestones.add(user, milestone);
  }

  @Mutation(() => MilestoneType, {
    description: 'Coordinators: title, due date, or done (done by me, now) / not done.',
  })
  async updateMilestone(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMilestoneInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const change = parseInput(updateMilestoneSchema, input);
    await this.authorize(ctx, id);
    return this.milestones.update(user, id, change);
  }

  @Mutation(() => ID, { description: 'Coordinators. Returns the deleted milestone’s id.' })
  async deleteMilestone(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    await this.authorize(ctx, id);
    return this.milestones.remove(user, id);
  }

  private async authorize(ctx: RequestContext, milestoneId: string) {
    const milestone = await ctx.loaders.of(milestoneById).load(milestoneId);
    if (!milestone) throw notFound('Milestone');
    await authorizedGoal(this.policy, ctx, milestone.goalId, 'network.manage');
  }

  @ResolveField(() => Boolean)
  done(@Parent() milestone: MilestoneType): boolean {
    return Boolean(milestone.doneAt);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'Who marked it done.' })
  doneBy(@Parent() milestone: MilestoneType, @Context() ctx: RequestContext) {
    return milestone.doneById ? ctx.loaders.of(userById).load(milestone.doneById) : null;
  }
}
