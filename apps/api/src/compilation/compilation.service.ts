import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoleGrant, RoundPhase } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { answerScope, inScope } from '../answers/answer-scope.js';
import { indicatorsOfSet } from '../catalogue/catalogue.loaders.js';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { Loaders } from '../common/loaders.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { proposalsOfRound } from '../interpretations/interpretations.loaders.js';
import { municipalitiesOfNetwork } from '../networks/networks.loaders.js';
import { previousRoundOf, roundById } from '../rounds/rounds.loaders.js';
import type { RoundType } from '../rounds/rounds.types.js';
import { figuresFor } from './compilation-grid.js';
import { roundStamps } from './compilation.loaders.js';
import type { CompilationRowType, CompilationType } from './compilation.types.js';

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
 * questions, the members, the proposals, the previous round, both rounds' stamps and, when a stamp
 * moved, the answers' values (kept between requests, see `figuresFor` in compilation-grid.ts). Each
 * row carries its cells in two forms: the compact lists the matrix reads (`numbers`/`texts`,
 * `changes`, `comments`: one entry per column) and the contract's cell objects, built only when read
 * (`cells` is a getter; `CompilationCell.answer` is loaded only when a query selects it). The
 * agreed interpretations, national references and leaders' municipalities are read per request.
 */
export async function compileRound(
  loaders: Loaders,
  round: CompilableRound,
  grants: readonly RoleGrant[],
): Promise<CompilationType> {
  const [indicators, municipalities, proposals, previousRound, scope] = await Promise.all([
    loaders.of(indicatorsOfSet).load(round.indicatorSetId),
    loaders.of(municipalitiesOfNetwork).load(round.networkId),
    loaders.of(proposalsOfRound).load(round.id),
    loaders.of(previousRoundOf).load(round.id),
    answerScope(loaders, round, grants),
  ]);
  // both rounds' stamps in one statement, read before any value they stamp
  const [stamps, previousScope] = await Promise.all([
    loaders.of(roundStamps).loadMany(previousRound ? [round.id, previousRound.id] : [round.id]),
    previousRound ? answerScope(loaders, previousRound, grants) : ([] as string[]),
  ]);
  const [stamp, previousStamp] = stamps.map((s) => {
    if (s instanceof Error) throw s;
    return s;
  });
  const previousKey = previousRound ? `${previousRound.id}@${previousStamp}` : null;
  const visible = municipalities.map((m) => inScope(scope, m.id));
  // without a previous round there is nothing to hide on its side
  const previousVisible = municipalities.map((m) => previousRound === null || inScope(previousScope, m.id));
  const figures = await figuresFor(
    loaders,
    {
      roundId: round.id,
      stamps: previousKey ? `${stamp}|${previousKey}` : stamp,
      previousKey,
      municipalities,
      indicators,
    },
    visible,
    previousVisible,
  );

  const agreedOf = new Map(proposals.filter((p) => p.status === 'AGREED').map((p) => [p.indicatorId, p]));
  const municipalityOf = new Map(municipalities.map((m) => [m.id, m]));
  const hiddenColumns = visible.flatMap((shown, i) => (shown ? [] : [i]));
  const rows = indicators.map((indicator, k): CompilationRowType => {
    const here = figures[k];
    return {
      indicator,
      agreedInterpretation: agreedOf.get(indicator.id) ?? null,
      get cells() {
        return here.cells;
      },
      numbers: here.numbers,
      texts: here.texts,
      previousNumbers: here.previousNumbers,
      previousTexts: here.previousTexts,
      changes: here.changes,
      comments: here.comments,
      summary: here.summary,
      nationalReference: indicator.nationalReference,
      leaders: here.leaderIds.map((id) => municipalityOf.get(id)!),
    };
  });
  return { round, previousRound, municipalities, hiddenColumns, rows };
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
