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
import { ANSWER_STATUSES, PREFILL_SOURCES, type AnswerStatus, type PrefillSource } from '@samrad/domain';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const AnswerStatusEnum = enumOf(ANSWER_STATUSES);
registerEnumType(AnswerStatusEnum, { name: 'AnswerStatus' });

export const PrefillSourceEnum = enumOf(PREFILL_SOURCES);
registerEnumType(PrefillSourceEnum, {
  name: 'PrefillSource',
  description:
    "Where a suggested value comes from: the municipality's answer last round, or its Kolada figure.",
});

@ObjectType('AnswerValue', {
  description: 'Exactly one field is set: the one of the question’s answer type.',
})
export class AnswerValueType {
  @Field(() => Boolean, { nullable: true }) boolean?: boolean | null;
  @Field(() => Float, { nullable: true }) number?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) choice?: string | null;
}

@InputType('AnswerValueInput')
export class AnswerValueInput {
  @Field(() => Boolean, { nullable: true }) boolean?: boolean | null;
  @Field(() => Float, { nullable: true }) number?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) choice?: string | null;
}

@InputType('SaveAnswerInput')
export class SaveAnswerInput {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => AnswerValueInput) value!: AnswerValueInput;
  @Field(() => String, { nullable: true, description: 'How we counted: a note beside the value.' })
  comment?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The version the change is based on. Required once the answer exists: stale or missing is CONFLICT.',
  })
  expectedVersion?: number | null;
}

@ObjectType('Answer')
export class AnswerType {
  @Field(() => ID) id!: string;
  roundId!: string;
  indicatorId!: string;
  municipalityId!: string;
  updatedById!: string | null;
  valueBoolean!: boolean | null;
  valueNumber!: number | null;
  valueText!: string | null;
  valueChoice!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => AnswerStatusEnum) status!: AnswerStatus;
  @Field(() => Int, {
    description: 'Optimistic-lock version: saveAnswer with a stale expectedVersion fails with CONFLICT.',
  })
  version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('AnswerChange', {
  description: 'One change of an answer: a saved value or comment, or a status move.',
})
export class AnswerChangeType {
  @Field(() => ID) id!: string;
  actorId!: string | null;
  @Field({ description: 'SAVED, IMPORTED (from a file), SUBMITTED, APPROVED or REOPENED' }) kind!: string;
  @Field(() => Int) version!: number;
  @Field(() => AnswerValueType, { nullable: true }) oldValue!: AnswerValueType | null;
  @Field(() => AnswerValueType, { nullable: true }) newValue!: AnswerValueType | null;
  @Field(() => String, { nullable: true }) oldComment!: string | null;
  @Field(() => String, { nullable: true }) newComment!: string | null;
  @Field(() => AnswerStatusEnum, { nullable: true }) oldStatus!: AnswerStatus | null;
  @Field(() => AnswerStatusEnum) newStatus!: AnswerStatus;
  @Field(() => String, { nullable: true, description: 'Why it was reopened.' }) reason!: string | null;
  @Field(() => GraphQLISODateTime) at!: Date;
}

@ObjectType('AnswerSubmission', { description: "Where one municipality's answers stand in a round." })
export class AnswerSubmissionType {
  roundId!: string;
  municipalityId!: string;
  @Field(() => AnswerStatusEnum) status!: AnswerStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until when the coordinator lets this municipality change answers outside ANSWERING.',
  })
  lateUntil!: Date | null;
  @Field(() => Int, { description: 'Questions answered so far.' }) answered!: number;
}

@ObjectType('AnswerPrefill', {
  description:
    'A suggested value for a question the municipality has not answered yet: not an answer until someone saves it.',
})
export class AnswerPrefillType {
  indicatorId!: string;
  @Field(() => AnswerValueType) value!: AnswerValueType;
  @Field(() => PrefillSourceEnum) source!: PrefillSource;
  @Field(() => Int, {
    nullable: true,
    description: 'The year of the figure: the previous round’s set, or the Kolada figure’s year.',
  })
  fromYear!: number | null;
}
