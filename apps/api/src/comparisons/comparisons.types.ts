import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AnswerValueType } from '../answers/answers.types.js';
import { IndicatorType } from '../catalogue/catalogue.types.js';
import { CompilationSummaryType } from '../compilation/compilation.types.js';
import { MunicipalityType } from '../networks/network.types.js';
import { RoundType } from '../rounds/rounds.types.js';

@ObjectType('MunicipalityGroup', {
  description:
    'A saved, named group of similar municipalities of a network, to compare a municipality against.',
})
export class MunicipalityGroupType {
  @Field(() => ID) id!: string;
  networkId!: string;
  @Field() name!: string;
  @Field(() => [MunicipalityType], { description: 'By name.' }) municipalities!: MunicipalityType[];
}

@InputType('CreateMunicipalityGroupInput')
export class CreateMunicipalityGroupInput {
  @Field(() => ID) networkId!: string;
  @Field({ description: 'Unique in the network, e.g. "Kommuner 20–40 000 inv.".' }) name!: string;
  @Field(() => [ID], { description: 'Municipalities of the network (1–400).' }) municipalityIds!: string[];
}

@InputType('UpdateMunicipalityGroupInput', { description: 'Only the fields given change.' })
export class UpdateMunicipalityGroupInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The whole group after the change.' })
  municipalityIds?: string[] | null;
}

@ObjectType('MunicipalityValue', { description: "One municipality's answer value in one round." })
export class MunicipalityValueType {
  @Field(() => MunicipalityType) municipality!: MunicipalityType;
  @Field(() => AnswerValueType) value!: AnswerValueType;
}

@ObjectType('IndicatorHistoryPoint', {
  description:
    'One round of the network that asked the indicator code: the values the caller may see (give-to-get as in ' +
    'Round.answers), their summary and the national reference.',
})
export class IndicatorHistoryPointType {
  @Field(() => RoundType) round!: RoundType;
  @Field(() => Int, { description: "The year of the round's indicator set." }) year!: number;
  @Field(() => IndicatorType, { description: 'The question as asked that year.' }) indicator!: IndicatorType;
  @Field(() => [MunicipalityValueType], {
    description: 'The visible answers, one per municipality that answered (by name).',
  })
  values!: MunicipalityValueType[];
  @Field(() => CompilationSummaryType, {
    description: "Over the visible answers; `expected` is the network's member count today.",
  })
  summary!: CompilationSummaryType;
  @Field(() => Float, {
    nullable: true,
    description:
      'That year’s national value in the indicator’s unit (YES_NO: percentage 0–100 answering yes).',
  })
  nationalReference!: number | null;
}
