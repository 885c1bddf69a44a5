import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  createGoalSchema,
  goalProgress,
  setGoalStatusSchema,
  updateGoalSchema,
  type GoalStatus,
  type NetworkAction,
} from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { IndicatorType } from '../catalogue/catalogue.types.js';
import { UserType } from '../identity/user.types.js';
import { userById } from '../identity/identity.loaders.js';
import { networkById } from '../networks/networks.loaders.js';
import { NetworkType } from '../networks/network.types.js';
import { roundById } from '../rounds/rounds.loaders.js';
import { RoundType } from '../rounds/rounds.types.js';
import { goalFollowUp } from './follow-up/goal-follow-up.js';
import {
  commitmentsOfGoal,
  goalById,
  goalsOfNetwork,
  indicatorsOfGoal,
  milestonesOfGoal,
  progressOfGoal,
  statusHistoryOfGoal,
} from './goals.loaders.js';
import { GoalsService } from './goals.service.js';
import {
  CreateGoalInput,
  GoalCommitmentType,
  GoalIndicatorFollowUpType,
  GoalProgressType,
  GoalStatusChangeType,
  GoalStatusEnum,
  GoalType,
  MilestoneType,
  ProgressUpdateType,
  UpdateGoalInput,
} from './goals.types.js';

/** The goal, after checking the caller may do `action` in its network (NOT_FOUND for outsiders). */
export async function authorizedGoal(
  policy: AccessPolicy,
  ctx: RequestContext,
  goalId: string,
  action: NetworkAction,
  municipalityId?: string,
) {
  const goal = await ctx.loaders.of(goalById).load(goalId);
  if (!goal) throw notFound('Goal');
  await policy.require(ctx, action, { networkId: goal.networkId, municipalityId }, 'Goal');
  return goal;
}

/**
 * Goals: reading one, proposing, editing and moving the status (coordinators). Each mutation parses
 * its input, asks the policy on the goal's network, then calls the service.
 */
@Resolver(() => GoalType)
export class GoalsResolver {
  constructor(
    private readonly goals: GoalsService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => GoalType, { nullable: true, description: 'NOT_FOUND unless I am a member of its network.' })
  goal(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return authorizedGoal(this.policy, ctx, id, 'network.view');
  }

  @Mutation(() => GoalType, {
    description:
      'Coordinators. With a baseline round, in its DISCUSSION or GOAL_SETTING (else PHASE_CLOSED), linking ' +
      'questions of that round; without one, at any time and without indicators. The goal starts PROPOSED.',
  })
  async createGoal(
    @Args('input') input: CreateGoalInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const goal = parseInput(createGoalSchema, input);
    await this.policy.require(ctx, 'network.manage', { networkId: goal.networkId });
    return this.goals.create(user, goal);
  }

  @Mutation(() => GoalType, {
    description: 'Coordinators, while the goal is PROPOSED or ACTIVE (else CONFLICT, reason GOAL_CLOSED).',
  })
  async updateGoal(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateGoalInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const change = parseInput(updateGoalSchema, input);
    await authorizedGoal(this.policy, ctx, id, 'network.manage');
    return this.goals.update(user, id, change);
  }

  @Mutation(() => GoalType, {
    description:
      'Coordinators: PROPOSED → ACTIVE → ACHIEVED, or DROPPED from PROPOSED or ACTIVE; ACHIEVED and DROPPED ' +
      'need a reason. Any other move is CONFLICT (reason STATUS_TRANSITION). Kept in statusHistory.',
  })
  async setGoalStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => GoalStatusEnum }) status: GoalStatus,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const change = parseInput(setGoalStatusSchema, { status, reason });
    await authorizedGoal(this.policy, ctx, id, 'network.manage');
    return this.goals.setStatus(user, id, change);
  }

  @ResolveField(() => NetworkType)
  network(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(networkById).load(goal.networkId);
  }

  @ResolveField(() => [IndicatorType], {
    description: 'The linked questions (of the baseline round), in order.',
  })
  indicators(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(indicatorsOfGoal).load(goal.id);
  }

  @ResolveField(() => RoundType, {
    nullable: true,
    description: 'The round whose results the goal was set from.',
  })
  baselineRound(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return goal.baselineRoundId ? ctx.loaders.of(roundById).load(goal.baselineRoundId) : null;
  }

  @ResolveField(() => UserType, { nullable: true, description: 'The coordinator who proposed it.' })
  createdBy(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return goal.createdById ? ctx.loaders.of(userById).load(goal.createdById) : null;
  }

  @ResolveField(() => [GoalCommitmentType], {
    description: 'Each municipality’s answer (COMMITTED or DECLINED), in the order given.',
  })
  commitments(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(commitmentsOfGoal).load(goal.id);
  }

  @ResolveField(() => [ProgressUpdateType], {
    description: 'Every progress update, newest first (the timeline).',
  })
  progress(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(progressOfGoal).load(goal.id);
  }

  @ResolveField(() => [MilestoneType], { description: 'By due date (undated last).' })
  milestones(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(milestonesOfGoal).load(goal.id);
  }

  @ResolveField(() => [GoalStatusChangeType], {
    description: 'Every status change with its reason, oldest first.',
  })
  statusHistory(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(statusHistoryOfGoal).load(goal.id);
  }

  @ResolveField(() => GoalProgressType, {
    description: 'Committed municipalities by their latest update (share DONE) and milestones done.',
  })
  async overallProgress(@Parent() goal: GoalType, @Context() ctx: RequestContext): Promise<GoalProgressType> {
    const [commitments, updates, milestones] = await Promise.all([
      ctx.loaders.of(commitmentsOfGoal).load(goal.id),
      ctx.loaders.of(progressOfGoal).load(goal.id),
      ctx.loaders.of(milestonesOfGoal).load(goal.id),
    ]);
    return goalProgress({
      commitments,
      updates,
      milestones: milestones.map((m) => ({ done: Boolean(m.doneAt) })),
    });
  }

  @ResolveField(() => [GoalIndicatorFollowUpType], {
    description:
      'Each linked indicator in the baseline round and every later round of the area (matched by code): the ' +
      "network's figures and each committed municipality's value, with give-to-get as in the compilation.",
  })
  async followUp(@Parent() goal: GoalType, @Context() ctx: RequestContext) {
    const grants = await this.policy.grants(ctx, goal.networkId);
    return goalFollowUp(ctx.loaders, goal, grants);
  }
}

/** `Network.goals`: the network is already access-checked where it was loaded. */
@Resolver(() => NetworkType)
export class NetworkGoalsResolver {
  @ResolveField(() => [GoalType], { description: 'The network’s development goals, newest first.' })
  goals(@Parent() network: NetworkType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(goalsOfNetwork).load(network.id);
  }
}
