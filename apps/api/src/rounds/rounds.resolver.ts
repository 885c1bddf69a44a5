import { createRoundSchema, setRoundPhaseSchema, updateRoundSchema } from '@samrad/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROUND_PHASES, type RoundPhase } from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { parseInput } from '../common/validation.js';
import { notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { indicatorSetById } from '../catalogue/catalogue.loaders.js';
import { IndicatorSetType } from '../catalogue/catalogue.types.js';
import { UserType } from '../identity/user.types.js';
import { userById } from '../identity/identity.loaders.js';
import { networkById } from '../networks/networks.loaders.js';
import { NetworkType } from '../networks/network.types.js';
import { phaseHistoryOfRound, previousRoundOf, roundById } from './rounds.loaders.js';
import { RoundsService } from './rounds.service.js';
import {
  CreateRoundInput,
  PhaseChangeType,
  PhaseDeadlineType,
  RoundPhaseEnum,
  RoundType,
  UpdateRoundInput,
} from './rounds.types.js';

@Resolver(() => RoundType)
export class RoundsResolver {
  constructor(
    private readonly rounds: RoundsService,
    private readonly policy: AccessPolicy,
  ) {}

  /** The round, after checking the caller may do `action` in its network (NOT_FOUND for outsiders). */
  private async authorized(ctx: RequestContext, id: string, action: 'network.view' | 'network.manage') {
    const round = await ctx.loaders.of(roundById).load(id);
    if (!round) throw notFound('Round');
    await this.policy.require(ctx, action, { networkId: round.networkId }, 'Round');
    return round;
  }

  @Query(() => RoundType, { nullable: true, description: 'NOT_FOUND unless I am a member of its network.' })
  round(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.authorized(ctx, id, 'network.view');
  }

  @Mutation(() => RoundType, { description: 'Coordinators only. A new round starts in DRAFT.' })
  async createRound(
    @Args('input') input: CreateRoundInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<RoundType> {
    const round = parseInput(createRoundSchema, input);
    await this.policy.require(ctx, 'network.manage', { networkId: round.networkId });
    return this.rounds.create(user, round);
  }

  @Mutation(() => RoundType, {
    description:
      'Coordinators only. One phase forward, or one back with a reason; anything else is PHASE_CLOSED. A stale expectedVersion is CONFLICT.',
  })
  async setRoundPhase(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('phase', { type: () => RoundPhaseEnum }) phase: RoundPhase,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<RoundType> {
    const change = parseInput(setRoundPhaseSchema, { phase, reason, expectedVersion });
    await this.authorized(ctx, roundId, 'network.manage');
    return this.rounds.setPhase(user, roundId, change);
  }

  @Mutation(() => RoundType, {
    description: 'Coordinators only: title and per-phase deadlines. PHASE_CLOSED once CLOSED.',
  })
  async updateRound(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRoundInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<RoundType> {
    const changes = parseInput(updateRoundSchema, input);
    await this.authorized(ctx, id, 'network.manage');
    return this.rounds.update(user, id, changes);
  }

  @ResolveField(() => NetworkType)
  network(@Parent() round: RoundType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(networkById).load(round.networkId);
  }

  // no parameter decorators: Nest binds it without its per-call wrapper (see NetworkMembersResolver.user)
  @ResolveField(() => IndicatorSetType)
  indicatorSet(round: RoundType, _args: unknown, ctx: RequestContext) {
    return ctx.loaders.of(indicatorSetById).loadNow(round.indicatorSetId);
  }

  @ResolveField(() => Date, { nullable: true, description: 'The deadline of the ANSWERING phase.' })
  answeringDeadline(@Parent() round: RoundType): Date | null {
    const deadline = round.phaseDeadlines?.ANSWERING;
    return deadline ? new Date(deadline) : null;
  }

  @ResolveField(() => [PhaseDeadlineType], { description: 'Every phase with its deadline, if one is set.' })
  phaseDeadlines(@Parent() round: RoundType): PhaseDeadlineType[] {
    return ROUND_PHASES.map((phase) => {
      const deadline = round.phaseDeadlines?.[phase];
      return { phase, deadline: deadline ? new Date(deadline) : null };
    });
  }

  @ResolveField(() => [PhaseChangeType], { description: 'Every move of the round, oldest first.' })
  phaseHistory(@Parent() round: RoundType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(phaseHistoryOfRound).load(round.id);
  }

  @ResolveField(() => RoundType, {
    nullable: true,
    description: "The network's latest round on the same area in an earlier year (for change over years).",
  })
  previousRound(@Parent() round: RoundType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(previousRoundOf).load(round.id);
  }
}

@Resolver(() => PhaseChangeType)
export class PhaseChangeResolver {
  @ResolveField(() => UserType, { nullable: true })
  changedBy(@Parent() change: PhaseChangeType, @Context() ctx: RequestContext) {
    return change.changedById ? ctx.loaders.of(userById).load(change.changedById) : null;
  }
}
