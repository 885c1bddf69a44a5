import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ANSWER_TYPES, POLARITIES, type AnswerType, type Polarity } from '@samrad/domain';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const AnswerTypeEnum = enumOf(ANSWER_TYPES);
export const PolarityEnum = enumOf(POLARITIES);
registerEnumType(AnswerTypeEnum, { name: 'AnswerType' });
registerEnumType(PolarityEnum, { name: 'Polarity' });

@ObjectType('IndicatorSet', { description: 'One immutable version of a survey’s questions.' })
export class IndicatorSetType {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field() title!: string;
  @Field() area!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Importing the same key and year again makes the next version.' })
  version!: number;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field() createdAt!: Date;
  /** Resolved as `ownerNetwork` (null = a national set). */
  ownerNetworkId!: string | null;
}

@ObjectType('Indicator')
export class IndicatorType {
  @Field(() => ID) id!: string;
  @Field({ description: "Stable across years: the same code in next year's set is the same question." })
  code!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) guidance!: string | null;
  @Field(() => String, { nullable: true }) section!: string | null;
  @Field(() => AnswerTypeEnum) answerType!: AnswerType;
  @Field(() => [String], { nullable: true }) options!: string[] | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => PolarityEnum) polarity!: Polarity;
  @Field(() => Float, {
    nullable: true,
    description: 'The national value (e.g. from Kolada, municipality 0000).',
  })
  nationalReference!: number | null;
}

@InputType('IndicatorInput')
export class IndicatorInput {
  @Field() code!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) guidance?: string | null;
  @Field(() => String, { nullable: true }) section?: string | null;
  @Field(() => AnswerTypeEnum) answerType!: AnswerType;
  @Field(() => [String], { nullable: true }) options?: string[] | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => PolarityEnum, { nullable: true }) polarity?: Polarity | null;
  @Field(() => Float, { nullable: true }) nationalReference?: number | null;
}

@InputType('ImportIndicatorSetInput')
export class ImportIndicatorSetInput {
  @Field() key!: string;
  @Field() title!: string;
  @Field() area!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => [IndicatorInput]) indicators!: IndicatorInput[];
  @Field(() => ID, {
    nullable: true,
    description:
      'The network the set belongs to (its members see it, its rounds use it). Optional when you coordinate exactly one network; operators leave it out to publish a national set.',
  })
  networkId?: string | null;
}

@ObjectType('IndicatorReferenceValue', {
  description:
    "A register-based comparison figure for one municipality (e.g. Kolada's value for the set's year).",
})
export class IndicatorReferenceValueType {
  municipalityId!: string;
  @Field(() => Float) value!: number;
}
