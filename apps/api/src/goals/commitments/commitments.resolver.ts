import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  addLocalMeasureSchema,
  commitToGoalSchema,
  daysSince,
  declineGoalSchema,
  nextMilestone,
  recordMeasureValueSchema,
} from '@samrad/domain';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { notFound } from '../../common/app-error.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { UserType } from '../../identity/user.types.js';
import { userById } from '../../identity/identity.loaders.js';
import { municipalityById } from '../../networks/networks.loaders.js';
import { MunicipalityType } from '../../networks/network.types.js';
import { authorizedGoal } from '../goals.resolver.js';
import {
  commitmentById,
  goalById,
  measureById,
  measuresOfCommitment,
  milestonesOfGoal,
  progressOfGoal,
  valuesOfMeasure,
} from '../goals.loaders.js';
import {
  AddLocalMeasureInput,
  GoalCommitmentType,
  GoalType,
  LocalMeasureType,
  LocalMeasureValueType,
  MilestoneType,
  ProgressUpdateType,
  RecordLocalMeasureValueInput,
} from '../goals.types.js';
import { CommitmentsService } from './commitments.service.js';
import { MyCommitmentsService } from './my-commitments.service.js';

/**
 * Commitments: the municipality's head commits (plan, owner) or declines (reason); its head or
 * editors keep local measures. Members without the role get FORBIDDEN, outsiders NOT_FOUND.
 */
@Resolver(() => GoalCommitmentType)
export class CommitmentsResolver {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly mine: MyCommitmentsService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => [GoalCommitmentType], {
    description:
      "My municipalities' commitments across all my networks (roles tied to a municipality), open goals " +
      'first, then by the next milestone or due date: the dashboard of a head of social services.',
  })
  myCommitments(@CurrentUser() user: AuthUser) {
    return this.mine.of(user);
  }

  @Mutation(() => GoalCommitmentType, {
    description:
      "The municipality's head commits it to the goal, with a plan and an owner (a member of the municipality in " +
      'the network; default: the head). Replaces an earlier answer. CONFLICT once the goal is ACHIEVED or DROPPED.',
  })
  async commitToGoal(
    @Args('goalId', { type: () => ID }) goalId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('plan', { type: () => String, nullable: true }) plan: string | null,
    @Args('ownerId', { type: () => ID, nullable: true }) ownerId: string | null,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const input = parseInput(commitToGoalSchema, { goalId, municipalityId, plan, ownerId });
    await authorizedGoal(this.policy, ctx, input.goalId, 'municipality.approve', input.municipalityId);
    return this.commitments.commit(user, input);
  }

  @Mutation(() => GoalCommitmentType, {
    description: "The municipality's head declines the goal, with a reason. Replaces an earlier answer.",
  })
  async declineGoal(
    @Args('goalId', { type: () => ID }) goalId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('reason') reason: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const input = parseInput(declineGoalSchema, { goalId, municipalityId, reason });
    await authorizedGoal(this.policy, ctx, input.goalId, 'municipality.approve', input.municipalityId);
    return this.commitments.decline(user, input);
  }

  @Mutation(() => LocalMeasureType, {
    description:
      "The municipality's head or an editor adds a follow-up measure of its own to its commitment.",
  })
  async addLocalMeasure(
    @Args('input') input: AddLocalMeasureInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const measure = parseInput(addLocalMeasureSchema, input);
    await this.commitmentFor(ctx, measure.commitmentId);
    return this.commitments.addMeasure(user, measure);
  }

  @Mutation(() => LocalMeasureValueType, {
    description: "The municipality's head or an editor records a value of a local measure for a day.",
  })
  async recordLocalMeasureValue(
    @Args('input') input: RecordLocalMeasureValueInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const value = parseInput(recordMeasureValueSchema, input);
    const measure = await ctx.loaders.of(measureById).load(value.measureId);
    if (!measure) throw notFound('Measure');
    await this.commitmentFor(ctx, measure.commitmentId, 'Measure');
    return this.commitments.recordValue(user, value);
  }

  private async commitmentFor(ctx: RequestContext, commitmentId: string, what = 'Commitment') {
    const commitment = await ctx.loaders.of(commitmentById).load(commitmentId);
    const goal = commitment && (await ctx.loaders.of(goalById).load(commitment.goalId));
    if (!commitment || !goal) throw notFound(what);
    await this.policy.require(
      ctx,
      'municipality.contribute',
      { networkId: goal.networkId, municipalityId: commitment.municipalityId },
      what,
    );
    return commitment;
  }

  @ResolveField(() => GoalType)
  goal(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(goalById).load(commitment.goalId);
  }

  @ResolveField(() => MunicipalityType)
  municipality(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(municipalityById).load(commitment.municipalityId);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'Who follows the commitment up.' })
  owner(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    return commitment.ownerId ? ctx.loaders.of(userById).load(commitment.ownerId) : null;
  }

  @ResolveField(() => UserType, { nullable: true, description: 'The head who committed or declined.' })
  decidedBy(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    return commitment.decidedById ? ctx.loaders.of(userById).load(commitment.decidedById) : null;
  }

  @ResolveField(() => [ProgressUpdateType], { description: "This municipality's updates, newest first." })
  async progress(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    const updates = await ctx.loaders.of(progressOfGoal).load(commitment.goalId);
    return updates.filter((u) => u.municipalityId === commitment.municipalityId);
  }

  @ResolveField(() => ProgressUpdateType, {
    nullable: true,
    description: "This municipality's latest update.",
  })
  async latestProgress(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    const updates = await ctx.loaders.of(progressOfGoal).load(commitment.goalId);
    return updates.find((u) => u.municipalityId === commitment.municipalityId) ?? null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Whole days since the latest update (since committing when none yet); null when declined.',
  })
  async daysSinceLastUpdate(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    if (commitment.status !== 'COMMITTED') return null;
    const updates = await ctx.loaders.of(progressOfGoal).load(commitment.goalId);
    const latest = updates.find((u) => u.municipalityId === commitment.municipalityId);
    return daysSince(latest?.reportedAt ?? commitment.updatedAt, new Date());
  }

  @ResolveField(() => MilestoneType, { nullable: true, description: "The goal's next milestone not done." })
  async nextMilestone(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    const milestones = await ctx.loaders.of(milestonesOfGoal).load(commitment.goalId);
    return nextMilestone(milestones.map((m) => ({ ...m, done: Boolean(m.doneAt) })));
  }

  @ResolveField(() => [LocalMeasureType], { description: 'The municipality’s own measures, as added.' })
  localMeasures(@Parent() commitment: GoalCommitmentType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(measuresOfCommitment).load(commitment.id);
  }
}

@Resolver(() => LocalMeasureType)
export class LocalMeasureResolver {
  @ResolveField(() => [LocalMeasureValueType], { description: 'Oldest day first.' })
  values(@Parent() measure: LocalMeasureType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(valuesOfMeasure).load(measure.id);
  }

  @ResolveField(() => UserType, { nullable: true })
  createdBy(@Parent() measure: LocalMeasureType, @Context() ctx: RequestContext) {
    return measure.createdById ? ctx.loaders.of(userById).load(measure.createdById) : null;
  }
}

@Resolver(() => LocalMeasureValueType)
export class LocalMeasureValueResolver {
  @ResolveField(() => String, { description: 'The day the value describes (YYYY-MM-DD).' })
  measuredOn(@Parent() value: LocalMeasureValueType): string {
    return dayOf(value.measuredOn);
  }

  @ResolveField(() => UserType, { nullable: true })
  recordedBy(@Parent() value: LocalMeasureValueType, @Context() ctx: RequestContext) {
    return value.recordedById ? ctx.loaders.of(userById).load(value.recordedById) : null;
  }
}

/** A `date` column as YYYY-MM-DD (node-postgres reads it as local midnight). */
function dayOf(value: string | Date): string {
  if (typeof value === 'string') return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
