import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEETING_PERIODS, MEETING_STATUSES, type GoalStatus, type MeetingStatus } from '@samrad/domain';
import { GoalStatusEnum } from '../goals/goals.types.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const MeetingStatusEnum = enumOf(MEETING_STATUSES);
export const MeetingPeriodEnum = enumOf(MEETING_PERIODS);
export const AgendaSuggestionKindEnum = enumOf(['INTERPRETATION', 'GOAL'] as const);
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'PLANNED until it is HELD; CANCELLED if it will not be. The coordinator sets it.',
});
registerEnumType(MeetingPeriodEnum, {
  name: 'MeetingPeriod',
  description:
    'UPCOMING: not over yet (soonest first); PAST: over (latest first); ALL: every meeting, latest first.',
});
registerEnumType(AgendaSuggestionKindEnum, { name: 'AgendaSuggestionKind' });

@ObjectType('Meeting', {
  description:
    'A meeting of the network: when, where (a place and/or an https link), the agenda, the minutes (markdown) ' +
    'and the decisions. A discussion subject (MEETING). Minutes as PDF: GET /api/meetings/:id/minutes?lang=sv|da|en.',
})
export class MeetingType {
  @Field(() => ID) id!: string;
  networkId!: string;
  createdById!: string | null;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) endsAt!: Date | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true, description: 'An https:// link to the online meeting.' })
  onlineUrl!: string | null;
  @Field(() => MeetingStatusEnum) status!: MeetingStatus;
  @Field({ description: 'Markdown; empty until someone writes them.' }) minutes!: string;
  @Field(() => Int, {
    description:
      'Optimistic-lock version: pass it as expectedVersion to updateMeeting and setMeetingMinutes.',
  })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('MeetingAgendaItem', { description: 'One item of the agenda, in order.' })
export class MeetingAgendaItemType {
  @Field(() => ID) id!: string;
  meetingId!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) notes!: string | null;
}

@ObjectType('MeetingDecision', {
  description: 'A decision of the meeting, optionally about a goal or an interpretation of the same network.',
})
export class MeetingDecisionType {
  @Field(() => ID) id!: string;
  meetingId!: string;
  goalId!: string | null;
  interpretationId!: string | null;
  createdById!: string | null;
  @Field({ description: 'Markdown.' }) text!: string;
  @Field() createdAt!: Date;
}

@ObjectType('AgendaSuggestion', {
  description:
    "Something the network may want on the agenda: an agreed interpretation of the round, or a goal with its status. The web words it in the user's language and adds it as an agenda item.",
})
export class AgendaSuggestionType {
  @Field(() => AgendaSuggestionKindEnum) kind!: 'INTERPRETATION' | 'GOAL';
  @Field({ description: 'The question (code and text) or the goal’s title.' }) title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The agreed reading (its outcome, else its text) or the goal’s target.',
  })
  text!: string | null;
  @Field(() => GoalStatusEnum, { nullable: true }) goalStatus!: GoalStatus | null;
  @Field(() => ID, { nullable: true }) goalId!: string | null;
  @Field(() => ID, { nullable: true }) interpretationId!: string | null;
}

@InputType()
export class AgendaItemInput {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class CreateMeetingInput {
  @Field(() => ID) networkId!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'https:// only.' }) onlineUrl?: string | null;
  @Field(() => [AgendaItemInput], { nullable: true }) agenda?: AgendaItemInput[] | null;
}

@InputType({ description: 'Only the fields given change; null clears endsAt, place and onlineUrl.' })
export class UpdateMeetingInput {
  @Field(() => Int) expectedVersion!: number;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) startsAt?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => MeetingStatusEnum, { nullable: true }) status?: MeetingStatus;
  @Field(() => [AgendaItemInput], {
    nullable: true,
    description: 'The whole agenda in its new order (replaces the old one).',
  })
  agenda?: AgendaItemInput[];
}

@InputType()
export class MeetingDecisionInput {
  @Field() text!: string;
  @Field(() => ID, { nullable: true, description: 'A goal of the meeting’s network.' }) goalId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'An interpretation proposal of the meeting’s network.' })
  interpretationId?: string | null;
}
