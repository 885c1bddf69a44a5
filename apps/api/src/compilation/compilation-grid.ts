import { compileRow, numericValue, type AnswerValue, type Summary } from '@samrad/domain';
import type { DataSource } from 'typeorm';
import type { IndicatorType } from '../catalogue/catalogue.types.js';
import type { Loaders } from '../common/loaders.js';
import type { MunicipalityType } from '../networks/network.types.js';
import { cellsOfRound, previousValuesByCodeOfRound, type CellRow } from './compilation.loaders.js';
import type { CellCommentType, CompilationCellType } from './compilation.types.js';

/** One question's cells and figures as one reader sees them (hidden columns left empty). */
export interface QuestionFigures {
  numbers: (number | null)[] | null;
  texts: (string | null)[] | null;
  previousNumbers: (number | null)[] | null;
  previousTexts: (string | null)[] | null;
  changes: (number | null)[];
  comments: CellCommentType[];
  summary: Summary;
  leaderIds: string[];
  /** The contract's cell objects, built on first read. */
  readonly cells: CompilationCellType[];
}

/**
 * A round's answers and its previous round's values in column order, over every member (no
 * give-to-get yet), with what they were read for: the round's stamp and its previous round's
 * (`roundStamps`), the columns and the questions. `everyone` is the figures of a reader who may
 * see every column, computed on first need: they are the same for every such reader.
 */
interface Grid {
  key: string;
  answers: Map<string, (CellRow | undefined)[]>;
  previous: Map<string, (AnswerValue | undefined)[]>;
  everyone?: QuestionFigures[];
}

/** How many rounds' grids a process keeps (a national round is ~20 MB; a few are open at a time). */
const KEPT_ROUNDS = 8;
const kept = new WeakMap<DataSource, Map<string, Grid>>();

/**
 * What the kept grid and figures depend on besides the answers: the columns (members in order,
 * with the names the cells show) and each question's identity, code, type, polarity and options.
 * Membership and catalogue changes record no event in the round's room, so they are part of the key.
 */
function gridKey(
  stamps: string,
  municipalities: readonly MunicipalityType[],
  indicators: readonly IndicatorType[],
) {
  const columns = municipalities.map((m) => `${m.id}:${m.code}:${m.name}`).join(',');
  const questions = indicators
    .map((i) => `${i.id}:${i.code}:${i.answerType}:${i.polarity}:${(i.options ?? []).join('\u0001')}`)
    .join(',');
  return `${stamps}|${columns}|${questions}`;
}

export interface GridInput {
  roundId: string;
  /** `<round stamp>` or `<round stamp>|<previous round id>@<its stamp>` (see `roundStamps`). */
  stamps: string;
  /** The previous round's key for `previousValuesByCodeOfRound`, if there is one. */
  previousKey: string | null;
  municipalities: readonly MunicipalityType[];
  indicators: readonly IndicatorType[];
}

/**
 * The compilation's figures for one reader: kept between requests per round (reader-independent,
 * over all answers) and read again when the round's or its previous round's stamp, the columns or
 * the questions change. A reader who may see every column of both rounds gets the kept figures;
 * any other gets figures computed afresh over the columns it may see (give-to-get), from the same
 * kept values, exactly as if the hidden answers did not exist.
 */
export async function figuresFor(
  loaders: Loaders,
  input: GridInput,
  visible: readonly boolean[],
  previousVisible: readonly boolean[],
): Promise<QuestionFigures[]> {
  const grid = await keptGrid(loaders, input);
  if (visible.every(Boolean) && previousVisible.every(Boolean))
    return (grid.everyone ??= compileFigures(grid, input, visible, previousVisible));
  return compileFigures(grid, input, visible, previousVisible);
}

async function keptGrid(loaders: Loaders, input: GridInput): Promise<Grid> {
  let cache = kept.get(loaders.dataSource);
  if (!cache) kept.set(loaders.dataSource, (cache = new Map()));
  const key = gridKey(input.stamps, input.municipalities, input.indicators);
  const found = cache.get(input.roundId);
  if (found?.key === key) return found;

  const [answers, previousValues] = await Promise.all([
    loaders.of(cellsOfRound).load(input.roundId),
    input.previousKey ? loaders.of(previousValuesByCodeOfRound).load(input.previousKey) : [],
  ]);
  const { municipalities, indicators } = input;
  const columns = municipalities.length;
  const columnOf = new Map(municipalities.map((m, i) => [m.id, i]));
  const grid: Grid = {
    key,
    answers: new Map(indicators.map((i) => [i.id, new Array<CellRow | undefined>(columns)])),
    previous: new Map(indicators.map((i) => [i.code, new Array<AnswerValue | undefined>(columns)])),
  };
  for (const answer of answers) {
    const column = columnOf.get(answer.municipalityId);
    const here = column === undefined ? undefined : grid.answers.get(answer.indicatorId);
    if (here) here[column!] = answer;
  }
  // the kept rows serve as values themselves (no copy per answer)
  for (const value of previousValues) {
    const column = columnOf.get(value.municipalityId);
    const here = column === undefined ? undefined : grid.previous.get(value.code);
    if (here) here[column!] = value;
  }
  cache.delete(input.roundId);
  if (cache.size >= KEPT_ROUNDS) cache.delete(cache.keys().next().value!);
  cache.set(input.roundId, grid);
  return grid;
}

function compileFigures(
  grid: Grid,
  { roundId, municipalities, indicators }: GridInput,
  visible: readonly boolean[],
  previousVisible: readonly boolean[],
): QuestionFigures[] {
  return indicators.map((indicator): QuestionFigures => {
    const all = grid.answers.get(indicator.id)!;
    const allPrevious = grid.previous.get(indicator.code)!;
    const answersHere = municipalities.map((_, i) => (visible[i] ? all[i] : undefined));
    const values: (AnswerValue | null)[] = answersHere.map((answer) => answer ?? null);
    const previous = municipalities.map((_, i) => (previousVisible[i] ? (allPrevious[i] ?? null) : null));
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
      get cells() {
        return (cells ??= municipalities.map((municipality, i) => ({
          municipality,
          roundId,
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
      leaderIds: figures.leaders,
    };
  });
}
