import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { answersOfRound } from '../answers/answers.loaders.js';
import { AnswerType } from '../answers/answers.types.js';
import { AccessPolicy } from '../common/access-policy.service.js';
import type { RequestContext } from '../common/request-context.js';
import { RoundType } from '../rounds/rounds.types.js';
import { compileRound, type CompilableRound } from './compilation.service.js';
import { CompilationCellType, CompilationType } from './compilation.types.js';

/** The compilation of a round (the round was access-checked where it was loaded). */
@Resolver(() => RoundType)
export class RoundCompilationResolver {
  constructor(private readonly policy: AccessPolicy) {}

  @ResolveField(() => CompilationType, {
    description:
      'The side-by-side matrix: per question a cell per member municipality, the summary, the national reference, ' +
      'the agreed interpretation and the leaders. Give-to-get as Round.answers: before COMPILATION a municipality ' +
      'that has not submitted sees only its own answers, and every figure is computed over what the caller sees.',
  })
  async compilation(@Parent() round: CompilableRound, @Context() ctx: RequestContext) {
    return compileRound(ctx.loaders, round, await this.policy.grants(ctx, round.networkId));
  }
}

const byCell = new WeakMap<readonly AnswerType[], Map<string, AnswerType>>();

/**
 * A cell's whole answer, read only when a query asks for it (the matrix does not): the round's
 * answers in one query for all cells (a request loader), looked up by the cell's question and
 * municipality — only where compileRound says the caller sees an answer.
 */
@Resolver(() => CompilationCellType)
export class CompilationCellResolver {
  @ResolveField(() => AnswerType, {
    nullable: true,
    description:
      'Null when the municipality has not answered, or the caller may not see it yet (see `hidden`).',
  })
  async answer(@Parent() cell: CompilationCellType, @Context() ctx: RequestContext) {
    if (!cell.answered) return null;
    const answers = await ctx.loaders.of(answersOfRound).load(cell.roundId);
    let index = byCell.get(answers);
    if (!index)
      byCell.set(answers, (index = new Map(answers.map((a) => [`${a.indicatorId}|${a.municipalityId}`, a]))));
    return index.get(`${cell.indicatorId}|${cell.municipality.id}`) ?? null;
  }
}
