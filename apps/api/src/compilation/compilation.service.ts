import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { compileRow, type AnswerValue, type RoleGrant, type RoundPhase } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { answerScope, inScope } from '../answers/answer-scope.js';
import { answersOfRound } from '../answers/answers.loaders.js';
import { valueOf } from '../answers/answers.service.js';
import type { AnswerType } from '../answers/answers.types.js';
import { indicatorsOfSet } from '../catalogue/catalogue.loaders.js';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { Loaders } from '../common/loaders.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { proposalsOfRound } from '../interpretations/interpretations.loaders.js';
import { municipalitiesOfNetwork } from '../networks/networks.loaders.js';
import { previousRoundOf, roundById } from '../rounds/rounds.loaders.js';
import type { RoundType } from '../rounds/rounds.types.js';
import { valuesByCodeOfRound } from './compilation.loaders.js';
import type { CompilationCellType, CompilationRowType, CompilationType } from './compilation.types.js';

/** What the compilation needs of a round. */
export type CompilableRound = RoundType & {
  id: string;
  networkId: string;
  indicatorSetId: string;
  phase: RoundPhase;
};

/**
 * The compilation of a round as one caller may see it: a row per question with a cell per member
 * municipality, its summary, leaders and changes (libs/domain/src/compilation.ts). Give-to-get comes
 * from `answerScope` (the rule Round.answers uses): hidden answers leave their cell empty and count
 * in no figure, so summaries and leaders are computed over the visible answers only. The data is a
 * fixed handful of set-based queries for the whole round (through the request's loaders): the
 * questions, the members, the answers, the proposals, the previous round and its values by code.
 */
export async function compileRound(
  loaders: Loaders,
  round: CompilableRound,
  grants: readonly RoleGrant[],
): Promise<CompilationType> {
  const [indicators, municipalities, answers, proposals, previousRound, scope] = await Promise.all([
    loaders.of(indicatorsOfSet).load(round.indicatorSetId),
    loaders.of(municipalitiesOfNetwork).load(round.networkId),
    loaders.of(answersOfRound).load(round.id),
    loaders.of(proposalsOfRound).load(round.id),
    loaders.of(previousRoundOf).load(round.id),
    answerScope(loaders, round, grants),
  ]);
  const [previousValues, previousScope] = previousRound
    ? await Promise.all([
        loaders.of(valuesByCodeOfRound).load(previousRound.id),
        answerScope(loaders, previousRound, grants),
      ])
    : [[], [] as string[]];

  // nested maps (question → municipality → …): no composite string keys to build and hash per cell
  const answerOf = new Map<string, Map<string, AnswerType>>(indicators.map((i) => [i.id, new Map()]));
  for (const answer of answers)
    if (inScope(scope, answer.municipalityId))
      answerOf.get(answer.indicatorId)?.set(answer.municipalityId, answer);
  const previousOf = new Map<string, Map<string, AnswerValue>>(indicators.map((i) => [i.code, new Map()]));
  for (const { code, municipalityId, ...value } of previousValues)
    if (inScope(previousScope, municipalityId)) previousOf.get(code)?.set(municipalityId, value);
  const agreedOf = new Map(proposals.filter((p) => p.status === 'AGREED').map((p) => [p.indicatorId, p]));
  const municipalityOf = new Map(municipalities.map((m) => [m.id, m]));
  const hidden = municipalities.map((m) => !inScope(scope, m.id));

  const rows = indicators.map((indicator): CompilationRowType => {
    const answersHere = answerOf.get(indicator.id)!;
    const previousHere = previousOf.get(indicator.code)!;
    const cells = municipalities.map((municipality, i) => {
      const answer = answersHere.get(municipality.id) ?? null;
      return {
        municipality,
        answer,
        hidden: hidden[i],
        value: answer && valueOf(answer),
        previousValue: previousHere.get(municipality.id) ?? null,
        change: null as number | null,
      };
    });
    const figures = compileRow({
      answerType: indicator.answerType,
      polarity: indicator.polarity,
      options: indicator.options,
      cells: cells.map((cell) => ({
        municipalityId: cell.municipality.id,
        value: cell.value,
        previous: cell.previousValue,
      })),
    });
    return {
      indicator,
      agreedInterpretation: agreedOf.get(indicator.id) ?? null,
      cells: cells.map((cell, i): CompilationCellType => Object.assign(cell, { change: figures.changes[i] })),
      summary: figures.summary,
      nationalReference: indicator.nationalReference,
      leaders: figures.leaders.map((id) => municipalityOf.get(id)!),
    };
  });
  return { round, previousRound, municipalities, rows };
}

/** The compilation for callers outside GraphQL (exports): the same rows, with the same access check. */
@Injectable()
export class CompilationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** NOT_FOUND unless `user` is a member of the round's network; then the compilation as they may see it. */
  async compileFor(user: AuthUser, roundId: string): Promise<CompilationType> {
    const ctx = { req: { user }, loaders: new Loaders(this.dataSource) } as unknown as RequestContext;
    const round = await ctx.loaders.of(roundById).load(roundId);
    if (!round) throw notFound('Round');
    await this.policy.require(ctx, 'network.view', { networkId: round.networkId }, 'Round');
    return compileRound(ctx.loaders, round, await this.policy.grants(ctx, round.networkId));
  }
}
