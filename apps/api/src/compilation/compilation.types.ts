import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AnswerValueType } from '../answers/answers.types.js';
import { IndicatorType } from '../catalogue/catalogue.types.js';
import { InterpretationProposalType } from '../interpretations/interpretations.types.js';
import { MunicipalityType } from '../networks/network.types.js';
import { RoundType } from '../rounds/rounds.types.js';

@ObjectType('OptionCount', {
  description: 'How many of the visible answers chose one option of a CHOICE question.',
})
export class OptionCountType {
  @Field() option!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CompilationSummary', {
  description:
    'The spread of one question over the answers the caller may see (give-to-get: before COMPILATION a ' +
    'municipality that has not submitted sees only its own). Values are in the indicator’s unit.',
})
export class CompilationSummaryType {
  @Field(() => Int, { description: 'Visible answers to the question.' }) answered!: number;
  @Field(() => Int, { description: "The network's member municipalities (one cell each)." })
  expected!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'YES_NO only: the share of yes among the visible yes/no answers, a fraction 0–1 (not a percentage).',
  })
  yesShare!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'NUMBER and PERCENT only, in the indicator’s unit (PERCENT: percent 0–100).',
  })
  mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'NUMBER and PERCENT only, in the indicator’s unit.' })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: 'NUMBER and PERCENT only, in the indicator’s unit.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'NUMBER and PERCENT only, in the indicator’s unit.' })
  max!: number | null;
  @Field(() => [OptionCountType], {
    nullable: true,
    description: "CHOICE only: each option in the indicator's order (zeros kept), then any other value met.",
  })
  distribution!: OptionCountType[] | null;
}

@ObjectType('CompilationCell', { description: "One member municipality's answer to one question." })
export class CompilationCellType {
  @Field(() => MunicipalityType) municipality!: MunicipalityType;
  /**
   * The round and question, and whether the caller sees an answer here: for `answer` (resolved only
   * when asked, see compilation.resolver.ts).
   */
  roundId!: string;
  indicatorId!: string;
  answered!: boolean;
  @Field(() => AnswerValueType, {
    nullable: true,
    description:
      "The answer's value (as answer.value): what the matrix shows, without the answer's other fields.",
  })
  value!: AnswerValueType | null;
  @Field({
    description:
      'True when give-to-get withholds this municipality’s answer from the caller (whether it exists is not told).',
  })
  hidden!: boolean;
  @Field(() => AnswerValueType, {
    nullable: true,
    description: "The municipality's answer to the same indicator code in the network's previous round.",
  })
  previousValue!: AnswerValueType | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Answer minus previous value, in the indicator’s unit (PERCENT: percentage points; YES_NO: +1 became yes, ' +
      '−1 became no); null when either is missing or not comparable (TEXT, CHOICE).',
  })
  change!: number | null;
}

@ObjectType('CellComment', { description: "A municipality's comment on its answer, by the matrix's column." })
export class CellCommentType {
  @Field(() => Int, { description: 'The index in `Compilation.municipalities` (0-based).' }) column!: number;
  @Field() text!: string;
}

@ObjectType('CompilationRow', {
  description: 'One question: a cell per member municipality and its figures.',
})
export class CompilationRowType {
  @Field(() => IndicatorType) indicator!: IndicatorType;
  @Field(() => InterpretationProposalType, {
    nullable: true,
    description: 'The interpretation the network agreed for the question in this round.',
  })
  agreedInterpretation!: InterpretationProposalType | null;
  @Field(() => [CompilationCellType], {
    description:
      'One per member municipality, in the order of `Compilation.municipalities`. The matrix of a whole round ' +
      'is cheaper to read as the compact lists below (numbers/texts, previousNumbers/previousTexts, changes, ' +
      'comments), which carry the same figures.',
  })
  cells!: CompilationCellType[];
  @Field(() => [Float], {
    nullable: 'itemsAndList',
    description:
      'Compact cells for YES_NO, NUMBER and PERCENT questions (null for TEXT and CHOICE, see `texts`): per member ' +
      'municipality, in the order of `Compilation.municipalities`, the visible answer as a number — NUMBER in the ' +
      'indicator’s unit, PERCENT in percent 0–100, YES_NO 1 for yes and 0 for no; null when there is none or ' +
      'give-to-get withholds it (`Compilation.hiddenColumns`).',
  })
  numbers!: (number | null)[] | null;
  @Field(() => [String], {
    nullable: 'itemsAndList',
    description:
      'Compact cells for TEXT and CHOICE questions (null for the others, see `numbers`): per member municipality, ' +
      'in the order of `Compilation.municipalities`, the visible answer’s text or chosen option; null when there ' +
      'is none or it is withheld.',
  })
  texts!: (string | null)[] | null;
  @Field(() => [Float], {
    nullable: 'itemsAndList',
    description:
      "As `numbers`, for the municipality's answer to the same indicator code in the previous round.",
  })
  previousNumbers!: (number | null)[] | null;
  @Field(() => [String], {
    nullable: 'itemsAndList',
    description:
      "As `texts`, for the municipality's answer to the same indicator code in the previous round.",
  })
  previousTexts!: (string | null)[] | null;
  @Field(() => [Float], {
    nullable: 'items',
    description:
      'Per member municipality, in the order of `Compilation.municipalities`: `CompilationCell.change` (answer ' +
      'minus previous value in the indicator’s unit; YES_NO +1 became yes, −1 became no; null when not comparable).',
  })
  changes!: (number | null)[];
  @Field(() => [CellCommentType], {
    description: 'The comments of the visible answers that have one (most have none), by column.',
  })
  comments!: CellCommentType[];
  @Field(() => CompilationSummaryType) summary!: CompilationSummaryType;
  @Field(() => Float, {
    nullable: true,
    description:
      'The national value in the indicator’s unit; for YES_NO the percentage (0–100) of municipalities nationally answering yes — compare it with yesShare × 100.',
  })
  nationalReference!: number | null;
  @Field(() => [MunicipalityType], {
    description:
      'Municipalities that do best on this indicator, by its polarity: whom to ask for inspiration. The best three places among the visible answers, ties kept (so possibly more than three); none for NEUTRAL, non-numeric questions, or when all are equal.',
  })
  leaders!: MunicipalityType[];
}

@ObjectType('Compilation', {
  description: 'The side-by-side matrix of a round: municipalities × questions, in questionnaire order.',
})
export class CompilationType {
  @Field(() => RoundType) round!: RoundType;
  @Field(() => RoundType, {
    nullable: true,
    description:
      "The network's previous round on the same area (an earlier year): where previousValue comes from.",
  })
  previousRound!: RoundType | null;
  @Field(() => [MunicipalityType], {
    description: "The network's member municipalities: the matrix's columns.",
  })
  municipalities!: MunicipalityType[];
  @Field(() => [Int], {
    description:
      'The columns (indexes in `municipalities`, 0-based) whose answers give-to-get withholds from the caller: ' +
      'their compact cells are null and their `CompilationCell.hidden` is true, in every row.',
  })
  hiddenColumns!: number[];
  @Field(() => [CompilationRowType]) rows!: CompilationRowType[];
}
