import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  COMMITMENT_STATUSES,
  GOAL_STATUSES,
  PROGRESS_STATUSES,
  type CommitmentStatus,
  type GoalStatus,
  type ProgressStatus,
} from '@samrad/domain';
import { AnswerValueType } from '../answers/answers.types.js';
import { IndicatorType } from '../catalogue/catalogue.types.js';
import { CompilationSummaryType } from '../compilation/compilation.types.js';
import { MunicipalityType } from '../networks/network.types.js';
import { RoundType } from '../rounds/rounds.types.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const GoalStatusEnum = enumOf(GOAL_STATUSES);
export const ProgressStatusEnum = enumOf(PROGRESS_STATUSES);
export const CommitmentStatusEnum = enumOf(COMMITMENT_STATUSES);
registerEnumType(GoalStatusEnum, {
  name: 'GoalStatus',
  description:
    'PROPOSED → ACTIVE → ACHIEVED, or DROPPED from PROPOSED or ACTIVE (the coordinator, with a reason).',
});
registerEnumType(ProgressStatusEnum, { name: 'ProgressStatus' });
registerEnumType(CommitmentStatusEnum, {
  name: 'CommitmentStatus',
  description: 'COMMITTED (with a plan and an owner) or DECLINED (with a reason).',
});

@ObjectType('Goal', {
  description:
    'A joint development goal of a network, set from a round’s results (`baselineRound`) and followed up ' +
    'across the later rounds of the same area.',
})
export class GoalType {
  @Field(() => ID) id!: string;
  networkId!: string;
  baselineRoundId!: string | null;
  createdById!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'What the network wants to reach, in words.' })
  target!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueDate!: Date | null;
  @Field(() => GoalStatusEnum) status!: GoalStatus;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('GoalStatusChange', { description: "One change of a goal's status, with the reason." })
export class GoalStatusChangeType {
  @Field(() => ID) id!: string;
  goalId!: string;
  changedById!: string | null;
  @Field(() => GoalStatusEnum, { nullable: true, description: 'Null for the first entry (proposed).' })
  fromStatus!: GoalStatus | null;
  @Field(() => GoalStatusEnum) toStatus!: GoalStatus;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() changedAt!: Date;
}

@ObjectType('Milestone', { description: 'A step on the way to a goal, kept by the coordinator.' })
export class MilestoneType {
  @Field(() => ID) id!: string;
  goalId!: string;
  doneById!: string | null;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueDate!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was marked done.' })
  doneAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('GoalCommitment', {
  description:
    "A municipality's answer to a goal: COMMITTED with a plan and an owner, or DECLINED with a reason.",
})
export class GoalCommitmentType {
  @Field(() => ID) id!: string;
  goalId!: string;
  municipalityId!: string;
  ownerId!: string | null;
  decidedById!: string | null;
  @Field(() => CommitmentStatusEnum) status!: CommitmentStatus;
  @Field(() => String, { nullable: true }) plan!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the municipality declined.' })
  declineReason!: string | null;
  @Field({ description: 'When the municipality first answered.' }) createdAt!: Date;
  @Field({ description: 'When the answer last changed.' }) updatedAt!: Date;
}

@ObjectType('ProgressUpdate', { description: 'One progress report of a municipality on a goal.' })
export class ProgressUpdateType {
  @Field(() => ID) id!: string;
  goalId!: string;
  municipalityId!: string;
  reportedById!: string;
  @Field(() => ProgressStatusEnum) status!: ProgressStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() reportedAt!: Date;
}

@ObjectType('LocalMeasure', {
  description: "A municipality's own follow-up measure on its commitment, beside the national indicators.",
})
export class LocalMeasureType {
  @Field(() => ID) id!: string;
  commitmentId!: string;
  createdById!: string | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. "%", "persons".' }) unit!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('LocalMeasureValue', { description: 'One value of a local measure, for one day.' })
export class LocalMeasureValueType {
  @Field(() => ID) id!: string;
  measureId!: string;
  recordedById!: string | null;
  @Field(() => Float) value!: number;
  /** A day; read as the driver gives it, printed by the resolver. */
  measuredOn!: string | Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedAt!: Date;
}

@ObjectType('GoalProgress', {
  description:
    "A goal's overall progress: committed municipalities by their latest update, and milestones done.",
})
export class GoalProgressType {
  @Field(() => Int, { description: 'Municipalities committed (declined ones do not count).' })
  committed!: number;
  @Field(() => Int, { description: 'Committed municipalities whose latest update is DONE.' }) done!: number;
  @Field(() => Float, { description: 'done / committed, 0–1 (0 without commitments).' }) doneShare!: number;
  @Field(() => Int) onTrack!: number;
  @Field(() => Int) atRisk!: number;
  @Field(() => Int) offTrack!: number;
  @Field(() => Int, { description: 'Committed, nothing reported yet.' }) notReported!: number;
  @Field(() => Int) milestonesDone!: number;
  @Field(() => Int) milestonesTotal!: number;
}

@ObjectType('GoalFollowUpValue', { description: "A committed municipality's answer in one round." })
export class GoalFollowUpValueType {
  @Field(() => ID, { description: 'The round (one of the follow-up’s `rounds`).' }) roundId!: string;
  @Field(() => Int, { description: "The year of the round's indicator set." }) year!: number;
  @Field(() => MunicipalityType) municipality!: MunicipalityType;
  @Field(() => AnswerValueType, {
    nullable: true,
    description: 'Null when not answered, or when give-to-get withholds it from the caller (see `hidden`).',
  })
  value!: AnswerValueType | null;
  @Field({
    description:
      'True when give-to-get withholds this municipality’s answer from the caller (whether it exists is not told).',
  })
  hidden!: boolean;
}

@ObjectType('GoalFollowUpRound', {
  description:
    'One round (the baseline or a later one of the same area) that asked a linked indicator’s code.',
})
export class GoalFollowUpRoundType {
  @Field(() => RoundType) round!: RoundType;
  @Field(() => Int, { description: "The year of the round's indicator set." }) year!: number;
  @Field({ description: 'The goal’s baseline round.' }) baseline!: boolean;
  @Field(() => IndicatorType, { description: 'The question as asked that year.' }) indicator!: IndicatorType;
  @Field(() => CompilationSummaryType, {
    description: "The network's figures over the answers the caller may see (as the compilation).",
  })
  summary!: CompilationSummaryType;
  @Field(() => Float, { nullable: true, description: 'That year’s national value in the indicator’s unit.' })
  nationalReference!: number | null;
}

@ObjectType('GoalIndicatorFollowUp', {
  description: 'A linked indicator across the years: the baseline round and every later round of the area.',
})
export class GoalIndicatorFollowUpType {
  @Field({ description: 'The indicator code, stable across years.' }) code!: string;
  @Field(() => IndicatorType, { description: 'The question as linked (in the baseline round).' })
  indicator!: IndicatorType;
  @Field(() => [GoalFollowUpRoundType], { description: 'Oldest year first, the baseline first.' })
  rounds!: GoalFollowUpRoundType[];
  @Field(() => [GoalFollowUpValueType], {
    description:
      'Per round (in the order of `rounds`) one value per municipality committed to the goal, by name: flat, so a ' +
      'page asks for it without a third nested list.',
  })
  values!: GoalFollowUpValueType[];
}

@InputType('CreateGoalInput')
export class CreateGoalInput {
  @Field(() => ID) networkId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Questions of the baseline round the goal is measured by (needs baselineRoundId).',
  })
  indicatorIds?: string[] | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The round whose results the goal is set from; it must be in DISCUSSION or GOAL_SETTING.',
  })
  baselineRoundId?: string | null;
  @Field(() => String, { nullable: true }) target?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Not in the past.' }) dueDate?: Date | null;
}

@InputType('UpdateGoalInput', {
  description: 'Only the fields given change; null clears description, target, due date.',
})
export class UpdateGoalInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) target?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueDate?: Date | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The whole list after the change (questions of the baseline round).',
  })
  indicatorIds?: string[];
}

@InputType('ReportProgressInput')
export class ReportProgressInput {
  @Field(() => ID) goalId!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => ProgressStatusEnum) status!: ProgressStatus;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Float, { nullable: true }) value?: number | null;
}

@InputType('AddMilestoneInput')
export class AddMilestoneInput {
  @Field(() => ID) goalId!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Not in the past.' }) dueDate?: Date | null;
}

@InputType('UpdateMilestoneInput', { description: 'Only the fields given change.' })
export class UpdateMilestoneInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueDate?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'true: done now, by me; false: not done.' })
  done?: boolean | null;
}

@InputType('AddLocalMeasureInput')
export class AddLocalMeasureInput {
  @Field(() => ID) commitmentId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unit?: string | null;
}

@InputType('RecordLocalMeasureValueInput')
export class RecordLocalMeasureValueInput {
  @Field(() => ID) measureId!: string;
  @Field(() => Float) value!: number;
  @Field({ description: 'The day the value describes (YYYY-MM-DD).' }) measuredOn!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}
