import type { AnswerType, AnswerValue, Polarity } from '@samrad/domain';

const VALUE = 'value { boolean number text choice }';

const GROUP = 'id name municipalities { id name }';
export const CREATE_GROUP = `mutation($input: CreateMunicipalityGroupInput!) { createMunicipalityGroup(input: $input) { ${GROUP} } }`;
export const UPDATE_GROUP = `mutation($id: ID!, $input: UpdateMunicipalityGroupInput!) { updateMunicipalityGroup(id: $id, input: $input) { ${GROUP} } }`;
export const DELETE_GROUP = `mutation($id: ID!) { deleteMunicipalityGroup(id: $id) }`;
export const GROUPS = `query($id: ID!) { network(id: $id) { municipalityGroups { ${GROUP} } } }`;
export const HISTORY = `query($networkId: ID!, $code: String!) { indicatorHistory(networkId: $networkId, indicatorCode: $code) {
  year round { id } indicator { id code } nationalReference
  values { municipality { id } ${VALUE} }
  summary { answered expected yesShare mean median min max distribution { option count } }
} }`;

/** The compilation as the web's matrix asks for it (every figure, every cell). */
/** The compact cells the web's matrix reads (a row's values as lists in column order). */
const COMPACT = 'numbers texts previousNumbers previousTexts changes comments { column text }';

export const COMPILATION = `query($id: ID!) { round(id: $id) { compilation {
  municipalities { id }
  hiddenColumns
  previousRound { id }
  rows {
    indicator { id code answerType polarity }
    agreedInterpretation { id }
    nationalReference
    summary { answered expected yesShare mean median min max distribution { option count } }
    leaders { id }
    cells { municipality { id } hidden change answer { id comment municipality { id } ${VALUE} } previousValue { boolean number text choice } }
    ${COMPACT}
  }
} } }`;

/** The matrix's lean selection at national scale: a cell's value without the rest of its answer. */
export const COMPILATION_MATRIX = `query($id: ID!) { round(id: $id) { compilation {
  municipalities { id }
  hiddenColumns
  previousRound { id }
  rows {
    indicator { id code answerType polarity }
    agreedInterpretation { id }
    nationalReference
    summary { answered expected yesShare mean median min max distribution { option count } }
    leaders { id }
    cells { municipality { id } hidden change value { boolean number text choice } previousValue { boolean number text choice } }
    ${COMPACT}
  }
} } }`;

export interface CompiledCell {
  municipality: { id: string };
  hidden: boolean;
  change: number | null;
  /** Only in COMPILATION_MATRIX. */
  value?: AnswerValue | null;
  /** Only in COMPILATION. */
  answer?: { id: string; comment: string | null; municipality: { id: string }; value: AnswerValue } | null;
  previousValue: AnswerValue | null;
}

export interface CompiledRow {
  indicator: { id: string; code: string; answerType: AnswerType; polarity: Polarity };
  agreedInterpretation: { id: string } | null;
  nationalReference: number | null;
  summary: {
    answered: number;
    expected: number;
    yesShare: number | null;
    mean: number | null;
    median: number | null;
    min: number | null;
    max: number | null;
    distribution: { option: string; count: number }[] | null;
  };
  leaders: { id: string }[];
  cells: CompiledCell[];
  numbers: (number | null)[] | null;
  texts: (string | null)[] | null;
  previousNumbers: (number | null)[] | null;
  previousTexts: (string | null)[] | null;
  changes: (number | null)[];
  comments: { column: number; text: string }[];
}

/**
 * The figures of one row computed here, independently of libs/domain/src/compilation.ts (plain
 * arithmetic over the values given): what the API must agree with.
 */
export function expectedFigures(
  indicator: { answerType: AnswerType; polarity: Polarity; options: string[] | null },
  values: { municipalityId: string; value: AnswerValue | null }[],
) {
  const given = values.filter((v) => v.value !== null);
  const num = (v: AnswerValue): number | null =>
    indicator.answerType === 'YES_NO'
      ? v.boolean
        ? 1
        : 0
      : indicator.answerType === 'NUMBER' || indicator.answerType === 'PERCENT'
        ? (v.number as number)
        : null;
  const numbers = given
    .map((v) => ({ id: v.municipalityId, n: num(v.value!) }))
    .filter((v) => v.n !== null) as {
    id: string;
    n: number;
  }[];
  const spread = indicator.answerType === 'NUMBER' || indicator.answerType === 'PERCENT';
  const sorted = numbers.map((v) => v.n).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  let leaders: string[] = [];
  const distinct = new Set(sorted);
  if (indicator.polarity !== 'NEUTRAL' && numbers.length >= 2 && distinct.size > 1) {
    const better = (a: number, b: number) => (indicator.polarity === 'HIGHER_IS_BETTER' ? a > b : a < b);
    // a leader has fewer than three municipalities strictly better than it (ties share a place)
    leaders = numbers.filter((v) => numbers.filter((o) => better(o.n, v.n)).length < 3).map((v) => v.id);
  }
  let distribution: { option: string; count: number }[] | null = null;
  if (indicator.answerType === 'CHOICE')
    distribution = (indicator.options ?? []).map((option) => ({
      option,
      count: given.filter((v) => v.value!.choice === option).length,
    }));
  return {
    answered: given.length,
    expected: values.length,
    yesShare:
      indicator.answerType === 'YES_NO' && numbers.length
        ? numbers.filter((v) => v.n === 1).length / numbers.length
        : null,
    mean: spread && sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null,
    median:
      spread && sorted.length
        ? sorted.length % 2
          ? sorted[mid]
          : (sorted[mid - 1] + sorted[mid]) / 2
        : null,
    min: spread && sorted.length ? sorted[0] : null,
    max: spread && sorted.length ? sorted[sorted.length - 1] : null,
    distribution,
    leaders: leaders.sort(),
  };
}

/**
 * For a test that has written a round's answers with plain SQL, past the event log: the
 * compilation keeps each round's values in the process until the round's room records an event
 * (apps/api/src/compilation/compilation-grid.ts), so such a write shows only after this, which
 * moves the room's seq as any recorded event does. Writes through the API need nothing.
 */
export async function answersWrittenBehindTheApi(
  dataSource: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  roundId: string,
) {
  await dataSource.query(
    `INSERT INTO room_sequences (room, last_seq) VALUES ($1, 1)
     ON CONFLICT (room) DO UPDATE SET last_seq = room_sequences.last_seq + 1`,
    [`round:${roundId}`],
  );
}
