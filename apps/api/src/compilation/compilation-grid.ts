import {
  compileColumns,
  numericValue,
  type AnswerType,
  type AnswerValue,
  type Summary,
} from '@samrad/domain';
import type { DataSource } from 'typeorm';
import type { IndicatorType } from '../catalogue/catalogue.types.js';
import type { Loaders } from '../common/loaders.js';
import type { MunicipalityType } from '../networks/network.types.js';
import { previousValuesByCodeOfRound } from './compilation.loaders.js';
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
 * One question's answers in column order (an entry per member column, null where there is none):
 * each value field only when some answer has it. Whether a column has an answer is `present`.
 */
interface QuestionColumns {
  present: boolean[];
  booleans: (boolean | null)[] | null;
  numbers: (number | null)[] | null;
  texts: (string | null)[] | null;
  choices: (string | null)[] | null;
  comments: (string | null)[] | null;
}

/**
 * A round's answers and its previous round's values in column order, over every member (no
 * give-to-get yet), with what they were read for: the round's stamp and its previous round's
 * (`roundStamps`), the columns and the questions. `everyone` is the figures of a reader who may
 * see every column, computed on first need: they are the same for every such reader.
 */
interface Grid {
  key: string;
  answers: Map<string, QuestionColumns>;
  previous: Map<string, (AnswerValue | undefined)[]>;
  everyone?: QuestionFigures[];
}

/** How many rounds' grids a process keeps (a national round's lists hold ~300,000 entries; a few are open at a time). */
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

  const { municipalities, indicators } = input;
  const [answers, previousValues] = await Promise.all([
    readColumns(loaders.dataSource, input.roundId, municipalities),
    input.previousKey ? loaders.of(previousValuesByCodeOfRound).load(input.previousKey) : [],
  ]);
  const columns = municipalities.length;
  const columnOf = new Map(municipalities.map((m, i) => [m.id, i]));
  const grid: Grid = {
    key,
    answers: new Map(indicators.map((i) => [i.id, answers.get(i.id) ?? emptyColumns(columns)])),
    previous: new Map(indicators.map((i) => [i.code, new Array<AnswerValue | undefined>(columns)])),
  };
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

const emptyColumns = (columns: number): QuestionColumns => ({
  present: new Array<boolean>(columns).fill(false),
  booleans: null,
  numbers: null,
  texts: null,
  choices: null,
  comments: null,
});

/**
 * The round's answers as one row per question, each field a list in column order (`array_agg`
 * over the members in the given order): pg parses a row per question instead of one per answer,
 * and no object is built per answer. A field every answer leaves empty comes back as null.
 */
async function readColumns(
  dataSource: DataSource,
  roundId: string,
  municipalities: readonly MunicipalityType[],
): Promise<Map<string, QuestionColumns>> {
  const rows: ({ indicatorId: string; columns: number[] } & Omit<QuestionColumns, 'present'>)[] =
    await dataSource.query(
      `SELECT a.indicator_id AS "indicatorId", array_agg(c.col::int - 1 ORDER BY c.col) AS columns,
              CASE WHEN count(a.value_boolean) > 0 THEN array_agg(a.value_boolean ORDER BY c.col) END AS booleans,
              CASE WHEN count(a.value_number) > 0 THEN array_agg(a.value_number ORDER BY c.col) END AS numbers,
              CASE WHEN count(a.value_text) > 0 THEN array_agg(a.value_text ORDER BY c.col) END AS texts,
              CASE WHEN count(a.value_choice) > 0 THEN array_agg(a.value_choice ORDER BY c.col) END AS choices,
              CASE WHEN count(a.comment) > 0 THEN array_agg(a.comment ORDER BY c.col) END AS comments
         FROM answers a JOIN unnest($2::uuid[]) WITH ORDINALITY AS c(id, col) ON c.id = a.municipality_id
        WHERE a.round_id = $1
        GROUP BY a.indicator_id`,
      [roundId, municipalities.map((m) => m.id)],
    );
  const size = municipalities.length;
  // the lists come packed (answered columns only): spread them out to one entry per column
  const spreadOut = <T>(packed: T[] | null, columns: number[]) => {
    if (!packed) return null;
    const list = new Array<T | null>(size).fill(null);
    for (let k = 0; k < columns.length; k++) list[columns[k]] = packed[k];
    return list;
  };
  return new Map(
    rows.map((row) => {
      const present = new Array<boolean>(size).fill(false);
      for (const column of row.columns) present[column] = true;
      return [
        row.indicatorId,
        {
          present,
          booleans: spreadOut(row.booleans, row.columns),
          numbers: spreadOut(row.numbers, row.columns),
          texts: spreadOut(row.texts, row.columns),
          choices: spreadOut(row.choices, row.columns),
          comments: spreadOut(row.comments, row.columns),
        },
      ];
    }),
  );
}

/** A column's answer as a number by the question's type (`numericValue` over the lists). */
function numberAt(answerType: AnswerType, here: QuestionColumns, i: number): number | null {
  if (answerType === 'YES_NO') {
    const yes = here.booleans?.[i];
    return typeof yes === 'boolean' ? (yes ? 1 : 0) : null;
  }
  if (answerType === 'NUMBER' || answerType === 'PERCENT') {
    const n = here.numbers?.[i];
    return typeof n === 'number' && Number.isFinite(n) ? n : null;
  }
  return null;
}

function compileFigures(
  grid: Grid,
  { roundId, municipalities, indicators }: GridInput,
  visible: readonly boolean[],
  previousVisible: readonly boolean[],
): QuestionFigures[] {
  const municipalityIds = municipalities.map((m) => m.id);
  const size = municipalities.length;
  return indicators.map((indicator): QuestionFigures => {
    const type = indicator.answerType;
    const here = grid.answers.get(indicator.id)!;
    const allPrevious = grid.previous.get(indicator.code)!;
    const answered = new Array<boolean>(size);
    const numbers = new Array<number | null>(size);
    const previousNumbers = new Array<number | null>(size);
    const previous = new Array<AnswerValue | null>(size);
    for (let i = 0; i < size; i++) {
      answered[i] = visible[i] && here.present[i];
      numbers[i] = answered[i] ? numberAt(type, here, i) : null;
      previous[i] = previousVisible[i] ? (allPrevious[i] ?? null) : null;
      previousNumbers[i] = numericValue(type, previous[i]);
    }
    const shown = <T>(list: (T | null)[] | null) =>
      municipalityIds.map((_, i) => (answered[i] ? (list?.[i] ?? null) : null));
    const choices = type === 'CHOICE' ? shown(here.choices) : null;
    const figures = compileColumns({
      answerType: type,
      polarity: indicator.polarity,
      options: indicator.options,
      municipalityIds,
      answered,
      numbers,
      previousNumbers,
      choices,
    });
    const textual = type === 'TEXT' || type === 'CHOICE';
    const previousText = (value: AnswerValue | null) =>
      (type === 'TEXT' ? value?.text : value?.choice) ?? null;
    let cells: CompilationCellType[] | undefined;
    return {
      get cells() {
        return (cells ??= municipalities.map((municipality, i) => ({
          municipality,
          roundId,
          indicatorId: indicator.id,
          answered: answered[i],
          hidden: !visible[i],
          value: answered[i]
            ? {
                boolean: here.booleans?.[i] ?? null,
                number: here.numbers?.[i] ?? null,
                text: here.texts?.[i] ?? null,
                choice: here.choices?.[i] ?? null,
              }
            : null,
          previousValue: previous[i],
          change: figures.changes[i],
        })));
      },
      numbers: textual ? null : numbers,
      texts: type === 'TEXT' ? shown(here.texts) : choices,
      previousNumbers: textual ? null : previousNumbers,
      previousTexts: textual ? previous.map(previousText) : null,
      changes: figures.changes,
      comments: here.comments
        ? here.comments.flatMap((text, column) => (answered[column] && text ? [{ column, text }] : []))
        : [],
      summary: figures.summary,
      leaderIds: figures.leaders,
    };
  });
}
