import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  createMeetingSchema,
  meetingDecisionSchema,
  setMeetingMinutesSchema,
  updateMeetingSchema,
  type MeetingPeriod,
  type NetworkAction,
} from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { goalById } from '../goals/goals.loaders.js';
import { GoalType } from '../goals/goals.types.js';
import { userById } from '../identity/identity.loaders.js';
import { UserType } from '../identity/user.types.js';
import { proposalById } from '../interpretations/interpretations.loaders.js';
import { InterpretationProposalType } from '../interpretations/interpretations.types.js';
import { networkById } from '../networks/networks.loaders.js';
import { NetworkType } from '../networks/network.types.js';
import { agendaSuggestions } from './agenda-suggestions.js';
import {
  agendaOfMeeting,
  decisionsOfMeeting,
  meetingById,
  meetingDecisionById,
  meetingsOfNetwork,
} from './meetings.loaders.js';
import { MeetingsService } from './meetings.service.js';
import {
  AgendaSuggestionType,
  CreateMeetingInput,
  MeetingAgendaItemType,
  MeetingDecisionInput,
  MeetingDecisionType,
  MeetingPeriodEnum,
  MeetingType,
  UpdateMeetingInput,
} from './meetings.types.js';

/** The meeting, after checking the caller may do `action` in its network (NOT_FOUND for outsiders). */
export async function authorizedMeeting(
  policy: AccessPolicy,
  ctx: RequestContext,
  meetingId: string,
  action: NetworkAction,
) {
  const meeting = await ctx.loaders.of(meetingById).load(meetingId);
  if (!meeting) throw notFound('Meeting');
  await policy.require(ctx, action, { networkId: meeting.networkId }, 'Meeting');
  return meeting;
}

/**
 * Meetings: coordinators plan them and keep the details and the agenda (`network.manage`); coordinators and
 * heads write the minutes and decisions (`meeting.record`); every member reads.
 */
@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => MeetingType, { nullable: true, description: 'NOT_FOUND unless I am a member of its network.' })
  meeting(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return authorizedMeeting(this.policy, ctx, id, 'network.view');
  }

  @Mutation(() => MeetingType, { description: 'Coordinators. The meeting starts PLANNED.' })
  async createMeeting(
    @Args('input') input: CreateMeetingInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const meeting = parseInput(createMeetingSchema, input);
    await this.policy.require(ctx, 'network.manage', { networkId: meeting.networkId });
    return this.meetings.create(user, meeting);
  }

  @Mutation(() => MeetingType, {
    description:
      'Coordinators: details, status and the whole agenda. A stale expectedVersion is CONFLICT (reason STALE).',
  })
  async updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeetingInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const change = parseInput(updateMeetingSchema, input);
    await authorizedMeeting(this.policy, ctx, id, 'network.manage');
    return this.meetings.update(user, id, change);
  }

  @Mutation(() => MeetingType, {
    description: 'Coordinators and heads. A stale expectedVersion is CONFLICT (reason STALE).',
  })
  async setMeetingMinutes(
    @Args('id', { type: () => ID }) id: string,
    @Args('minutes') minutes: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const change = parseInput(setMeetingMinutesSchema, { minutes, expectedVersion });
    await authorizedMeeting(this.policy, ctx, id, 'meeting.record');
    return this.meetings.setMinutes(user, id, change);
  }

  @Mutation(() => ID, {
    description:
      'Coordinators; a meeting entered by mistake, with its threads. A HELD one is CONFLICT (cancel it).',
  })
  async deleteMeeting(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    await authorizedMeeting(this.policy, ctx, id, 'network.manage');
    return this.meetings.delete(user, id);
  }

  @Mutation(() => MeetingType, {
    description:
      'Coordinators and heads. A linked goal or interpretation must be of the meeting’s network (else BAD_USER_INPUT).',
  })
  async addMeetingDecision(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: MeetingDecisionInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const decision = parseInput(meetingDecisionSchema, input);
    await authorizedMeeting(this.policy, ctx, meetingId, 'meeting.record');
    return this.meetings.addDecision(user, meetingId, decision);
  }

  @Mutation(() => MeetingType, { description: 'Coordinators and heads; returns the meeting.' })
  async updateMeetingDecision(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeetingDecisionInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const change = parseInput(meetingDecisionSchema, input);
    const decision = await this.authorizedDecision(ctx, id);
    return this.meetings.updateDecision(user, decision, change);
  }

  @Mutation(() => MeetingType, { description: 'Coordinators and heads; returns the meeting.' })
  async removeMeetingDecision(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const decision = await this.authorizedDecision(ctx, id);
    return this.meetings.removeDecision(user, decision);
  }

  @ResolveField(() => NetworkType)
  network(@Parent() meeting: MeetingType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(networkById).load(meeting.networkId);
  }

  @ResolveField(() => UserType, { nullable: true })
  createdBy(@Parent() meeting: MeetingType, @Context() ctx: RequestContext) {
    return meeting.createdById ? ctx.loaders.of(userById).load(meeting.createdById) : null;
  }

  @ResolveField(() => [MeetingAgendaItemType], { description: 'In order.' })
  agenda(@Parent() meeting: MeetingType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(agendaOfMeeting).load(meeting.id);
  }

  @ResolveField(() => [MeetingDecisionType], { description: 'In the order taken.' })
  decisions(@Parent() meeting: MeetingType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(decisionsOfMeeting).load(meeting.id);
  }

  @ResolveField(() => [AgendaSuggestionType], {
    description:
      'The agreed interpretations of `roundId` (a round of the meeting’s network; default: its latest round with ' +
      'an agreed one) and the network’s goals that are not dropped, with their status: to add to the agenda.',
  })
  agendaSuggestions(
    @Parent() meeting: MeetingType,
    @Args('roundId', { type: () => ID, nullable: true }) roundId: string | null,
    @Context() ctx: RequestContext,
  ) {
    return agendaSuggestions(ctx.loaders, meeting.networkId, roundId);
  }

  private async authorizedDecision(ctx: RequestContext, id: string) {
    const decision = await ctx.loaders.of(meetingDecisionById).load(id);
    if (!decision) throw notFound('Decision');
    const meeting = await ctx.loaders.of(meetingById).load(decision.meetingId);
    if (!meeting) throw notFound('Decision');
    await this.policy.require(ctx, 'meeting.record', { networkId: meeting.networkId }, 'Decision');
    return decision;
  }
}

/** A decision's links: of the meeting's network by construction (checked when written). */
@Resolver(() => MeetingDecisionType)
export class MeetingDecisionResolver {
  @ResolveField(() => GoalType, { nullable: true })
  goal(@Parent() decision: MeetingDecisionType, @Context() ctx: RequestContext) {
    return decision.goalId ? ctx.loaders.of(goalById).load(decision.goalId) : null;
  }

  @ResolveField(() => InterpretationProposalType, { nullable: true })
  interpretation(@Parent() decision: MeetingDecisionType, @Context() ctx: RequestContext) {
    return decision.interpretationId ? ctx.loaders.of(proposalById).load(decision.interpretationId) : null;
  }

  @ResolveField(() => UserType, { nullable: true })
  createdBy(@Parent() decision: MeetingDecisionType, @Context() ctx: RequestContext) {
    return decision.createdById ? ctx.loaders.of(userById).load(decision.createdById) : null;
  }
}

/** `Network.meetings`: the network is already access-checked where it was loaded. */
@Resolver(() => NetworkType)
export class NetworkMeetingsResolver {
  @ResolveField(() => [MeetingType], {
    description: 'The network’s meetings: UPCOMING soonest first, PAST and ALL latest first.',
  })
  meetings(
    @Parent() network: NetworkType,
    @Args('period', { type: () => MeetingPeriodEnum, defaultValue: 'ALL' }) period: MeetingPeriod,
    @Context() ctx: RequestContext,
  ) {
    return ctx.loaders.of(meetingsOfNetwork).load(`${network.id}|${period}`);
  }
}
