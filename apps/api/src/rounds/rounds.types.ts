import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROUND_PHASES, type RoundPhase } from '@samrad/domain';

export const RoundPhaseEnum = Object.fromEntries(ROUND_PHASES.map((phase) => [phase, phase])) as {
  [K in RoundPhase]: K;
};
registerEnumType(RoundPhaseEnum, {
  name: 'RoundPhase',
  description: 'DRAFT → INTERPRETATION → ANSWERING → COMPILATION → DISCUSSION → GOAL_SETTING → CLOSED',
});

@ObjectType('PhaseDeadline')
export class PhaseDeadlineType {
  @Field(() => RoundPhaseEnum) phase!: RoundPhase;
  @Field(() => Date, { nullable: true }) deadline!: Date | null;
}

@ObjectType('Round')
export class RoundType {
  @Field(() => ID) id!: string;
  networkId!: string;
  indicatorSetId!: string;
  phaseDeadlines!: Partial<Record<RoundPhase, string>>;
  @Field() title!: string;
  @Field(() => RoundPhaseEnum) phase!: RoundPhase;
  @Field(() => Int, { description: 'Optimistic-lock version: pass it as expectedVersion to setRoundPhase.' })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('PhaseChange')
export class PhaseChangeType {
  @Field(() => ID) id!: string;
  @Field(() => RoundPhaseEnum, { nullable: true }) fromPhase!: RoundPhase | null;
  @Field(() => RoundPhaseEnum) toPhase!: RoundPhase;
  @Field(() => String, { nullable: true, description: 'Why the round stepped back.' }) reason!: string | null;
  changedById!: string | null;
  @Field() changedAt!: Date;
}

@InputType('CreateRoundInput')
export class CreateRoundInput {
  @Field(() => ID) networkId!: string;
  @Field(() => ID) indicatorSetId!: string;
  @Field() title!: string;
  @Field(() => Date, { nullable: true }) answeringDeadline?: Date | null;
}

@InputType('PhaseDeadlineInput')
export class PhaseDeadlineInput {
  @Field(() => RoundPhaseEnum) phase!: RoundPhase;
  @Field(() => Date, { nullable: true }) deadline?: Date | null;
}

@InputType('UpdateRoundInput', { description: 'Only the fields given change.' })
export class UpdateRoundInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => [PhaseDeadlineInput], { nullable: true }) phaseDeadlines?: PhaseDeadlineInput[];
}
