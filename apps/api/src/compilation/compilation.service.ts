import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { compileRow, numericValue, type AnswerValue, type RoleGrant, type RoundPhase } from '@samrad/domain';
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
import { cellsOfRound, previousValuesByCodeOfRound, type CellRow } from './compilation.loaders.js';
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
 * questions, the members, the answers' values, the proposals, the previous round and its values by
 * code (kept between requests until that round's room records an event, see
 * `previousValuesByCodeOfRound`). Each row carries its cells in two forms: the compact lists the
 * matrix reads (`numbers`/`texts`, `changes`, `comments`: one entry per column) and the contract's
 * cell objects, built only when read (`cells` is a getter; `CompilationCell.answer` is loaded only
 * when a query selects it).
 */
export async function compileRound(
  loaders: Loaders,
  round: CompilableRound,
  grants: readonly RoleGrant[],
): Promise<CompilationType> {
  const [indicators, municipalities, answers, proposals, previousRound, scope] = await Promise.all([
    loaders.of(indicatorsOfSet).load(round.indicatorSetId),
    loaders.of(municipalitiesOfNetwork).load(round.networkId),
    loaders.of(cellsOfRound).load(round.id),
    loaders.of(proposalsOfRound).load(round.id),
    loaders.of(previousRoundOf).load(round.id),
    answerScope(loaders, round, grants),
  ]);
  const [previousValues, previousScope] = previousRound
    ? await Promise.all([
        loaders.of(previousValuesByCodeOfRound).load(previousRound.id),
        answerScope(loaders, previousRound, grants),
      ])
    : [[], [] as string[]];

  // per question a column-ordered array: no per-cell keys to build and hash
  const columns = municipalities.length;
  const columnOf = new Map(municipalities.map((m, i) => [m.id, i]));
  const visible = municipalities.map((m) => inScope(scope, m.id));
  const answerOf = new Map<string, (CellRow | undefined)[]>(
    indicators.map((i) => [i.id, new Array<CellRow | undefined>(columns)]),
  );
  for (const answer of answers) {
    const column = columnOf.get(answer.municipalityId);
    if (column !== undefined && visible[column]) {
      const here = answerOf.get(answer.indicatorId);
      if (here) here[column] = answer;
    }
  }
  const previousOf = new Map<string, (AnswerValue | undefined)[]>(
    indicators.map((i) => [i.code, new Array<AnswerValue | undefined>(columns)]),
  );
  const previousVisible = municipalities.map((m) => inScope(previousScope, m.id));
  // the rows themselves serve as values (no copy per answer: they are kept between requests)
  for (const value of previousValues) {
    const column = columnOf.get(value.municipalityId);
    if (column !== undefined && previousVisible[column]) {
      const here = previousOf.get(value.code);
      if (here) here[column] = value;
    }
  }
  const agreedOf = new Map(proposals.filter((p) => p.status === 'AGREED').map((p) => [p.indicatorId, p]));
  const municipalityOf = new Map(municipalities.map((m) => [m.id, m]));
  const hiddenColumns = visible.flatMap((shown, i) => (shown ? [] : [i]));

  const rows = indicators.map((indicator): CompilationRowType => {
    const answersHere = answerOf.get(indicator.id)!;
    const previousHere = previousOf.get(indicator.code)!;
    const values: (AnswerValue | null)[] = municipalities.map((_, i) => answersHere[i] ?? null);
    const previous = municipalities.map((_, i) => previousHere[i] ?? null);
    const figures = compileRow({
      answerType: indicator.answerType,
      polarity: indicator.polarity,
      options: indicator.options,
      cells: municipalities.map((municipality, i) => ({
        municipalityId: municipality.id,
        value: values[i],
        previous: previous[i],
      })),
    });
    const textual = indicator.answerType === 'TEXT' || indicator.answerType === 'CHOICE';
    const numbers = (list: (AnswerValue | null)[]) =>
      textual ? null : list.map((value) => numericValue(indicator.answerType, value));
    const texts = (list: (AnswerValue | null)[]) =>
      textual
        ? list.map((value) => (indicator.answerType === 'TEXT' ? value?.text : value?.choice) ?? null)
        : null;
    let cells: CompilationCellType[] | undefined;
    return {
      indicator,
      agreedInterpretation: agreedOf.get(indicator.id) ?? null,
      get cells() {
        return (cells ??= municipalities.map((municipality, i) => ({
          municipality,
          roundId: round.id,
          answerId: answersHere[i]?.id ?? null,
          hidden: !visible[i],
          value: values[i],
          previousValue: previous[i],
          change: figures.changes[i],
        })));
      },
      numbers: numbers(values),
      texts: texts(values),
      previousNumbers: numbers(previous),
      previousTexts: texts(previous),
      changes: figures.changes,
      comments: answersHere.flatMap((answer, column) =>
        answer?.comment ? [{ column, text: answer.comment }] : [],
      ),
      summary: figures.summary,
      nationalReference: indicator.nationalReference,
      leaders: figures.leaders.map((id) => municipalityOf.get(id)!),
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
