import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CONSENSUS_RULES,
  PROPOSAL_STATUSES,
  STANCES,
  type ConsensusRule,
  type ProposalStatus,
  type Stance,
} from '@samrad/domain';
import type { Indicator } from '../catalogue/indicator.entity.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const StanceEnum = enumOf(STANCES);
export const ProposalStatusEnum = enumOf(PROPOSAL_STATUSES);
export const ConsensusRuleEnum = enumOf(CONSENSUS_RULES);
registerEnumType(StanceEnum, { name: 'Stance' });
registerEnumType(ProposalStatusEnum, { name: 'ProposalStatus' });
registerEnumType(ConsensusRuleEnum, {
  name: 'ConsensusRule',
  description:
    'How a network decides it agrees, both without blocks: MAJORITY (more than half of the member ' +
    'municipalities agree; the default) or UNANIMITY (every member responded, none disagrees, one or more agree).',
});

@ObjectType('InterpretationProposal', {
  description: 'A proposed reading of one question in one round, with the positions taken and the outcome.',
})
export class InterpretationProposalType {
  @Field(() => ID) id!: string;
  roundId!: string;
  indicatorId!: string;
  authorId!: string;
  resolvedById!: string | null;
  supersededById!: string | null;
  confirmsId!: string | null;
  @Field() text!: string;
  @Field(() => ProposalStatusEnum) status!: ProposalStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The outcome statement the coordinator recorded (may reword the proposal).',
  })
  outcome!: string | null;
  /** A day; loaders read it as the driver gives it (a Date at local midnight), the resolver prints it. */
  reviewBy!: string | Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('Position', { description: "A municipality's position on a proposal." })
export class PositionType {
  @Field(() => ID) id!: string;
  proposalId!: string;
  municipalityId!: string;
  userId!: string;
  @Field(() => StanceEnum) stance!: Stance;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field({ description: 'When it was taken.' }) castAt!: Date;
  @Field({ description: 'False once the municipality took a later position (history).' }) current!: boolean;
}

@ObjectType('Tally', { description: 'The positions of the member municipalities on one proposal.' })
export class TallyType {
  @Field(() => ConsensusRuleEnum) rule!: ConsensusRule;
  @Field(() => Int, { description: 'Member municipalities: the five counts add up to this.' })
  members!: number;
  @Field(() => Int) agree!: number;
  @Field(() => Int) abstain!: number;
  @Field(() => Int) disagree!: number;
  @Field(() => Int) block!: number;
  @Field(() => Int) notResponded!: number;
  @Field({
    description: "Whether the positions meet the network's rule; the coordinator records the outcome.",
  })
  consensus!: boolean;
}

/** One question of a round: the indicator with what the network agreed about it. */
@ObjectType('RoundQuestion')
export class RoundQuestionType {
  roundId!: string;
  agreedId!: string | null;
  previousAgreedId!: string | null;
  openProposals!: number;
  @Field(() => ID, { description: 'The indicator id.' }) id!: string;
  indicatorRow!: Indicator;
}

@ObjectType('InterpretationProgress')
export class InterpretationProgressType {
  @Field(() => Int, { description: 'Questions of the round with an agreed interpretation.' }) agreed!: number;
  @Field(() => Int) total!: number;
}

@InputType('ProposeInterpretationInput')
export class ProposeInterpretationInput {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field() text!: string;
}

@InputType('CastPositionInput')
export class CastPositionInput {
  @Field(() => ID) proposalId!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => StanceEnum) stance!: Stance;
  @Field(() => String, { nullable: true, description: 'Required for DISAGREE and BLOCK.' })
  reason?: string | null;
}

@InputType('ReconfirmInterpretationInput')
export class ReconfirmInterpretationInput {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => String, { nullable: true, description: 'A new review date (YYYY-MM-DD).' })
  reviewBy?: string | null;
}
