import { compileRow, type AnswerStatus, type RoomEventMessage } from '@samrad/domain';
import type { ResultOf } from '../../graphql/graphql';
import type { ROUND_COMPILATION } from './compilation.graphql';

type Data = ResultOf<typeof ROUND_COMPILATION>;

/**
 * An answer saved while the compilation is open: the one cell takes the new value and comment,
 * and its row's summary, leaders and change are computed again with the API's own maths
 * (`compileRow` in @samrad/domain) over the row's visible values. Returns null when nothing
 * shown changes: the round is not this one, the question or municipality is not in the matrix,
 * or the event came without the value (give-to-get withholds it from this reader).
 */
export function withSavedAnswer(data: Data, event: RoomEventMessage<'answer.saved'>): Data | null {
  const round = data.round;
  const { value, comment, indicatorId, municipalityId, answerId, status, version } = event.data;
  if (!round || event.room !== `round:${round.id}` || value === undefined) return null;
  const rowIndex = round.compilation.rows.findIndex((row) => row.indicator.id === indicatorId);
  if (rowIndex < 0) return null;
  const row = round.compilation.rows[rowIndex];
  if (!row.cells.some((cell) => cell.municipality.id === municipalityId)) return null;

  const cells = row.cells.map((cell) =>
    cell.municipality.id !== municipalityId
      ? cell
      : {
          ...cell,
          hidden: false,
          value: {
            __typename: 'AnswerValue' as const,
            boolean: value.boolean ?? null,
            number: value.number ?? null,
            text: value.text ?? null,
            choice: value.choice ?? null,
          },
          answer: {
            __typename: 'Answer' as const,
            id: answerId,
            comment: comment ?? null,
            status,
            version,
          },
        },
  );
  const figures = compileRow({
    answerType: row.indicator.answerType,
    polarity: row.indicator.polarity,
    options: row.indicator.options ?? null,
    cells: cells.map((cell) => ({
      municipalityId: cell.municipality.id,
      value: cell.hidden ? null : cell.value,
      previous: cell.previousValue,
    })),
  });
  const names = new Map(round.compilation.municipalities.map((m) => [m.id, m]));
  const { summary } = figures;
  const patched = {
    ...row,
    cells: cells.map((cell, i) => ({ ...cell, change: figures.changes[i] })),
    leaders: figures.leaders.flatMap((id) => {
      const municipality = names.get(id);
      return municipality ? [{ __typename: 'Municipality' as const, id, name: municipality.name }] : [];
    }),
    summary: {
      ...row.summary,
      answered: summary.answered,
      expected: summary.expected,
      yesShare: summary.yesShare,
      mean: summary.mean,
      median: summary.median,
      min: summary.min,
      max: summary.max,
      distribution: summary.distribution?.map((d) => ({ __typename: 'OptionCount' as const, ...d })) ?? null,
    },
  };
  const rows = round.compilation.rows.map((r, i) => (i === rowIndex ? patched : r));
  return { ...data, round: { ...round, compilation: { ...round.compilation, rows } } };
}

/**
 * A municipality's answers moved on (submitted, approved, reopened): its cells' answers take the
 * new status. Nothing else shown changes for a reader who already sees them.
 */
export function withStatus(
  data: Data,
  roundId: string,
  municipalityId: string,
  status: AnswerStatus,
): Data | null {
  const round = data.round;
  if (!round || round.id !== roundId) return null;
  const rows = round.compilation.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell) =>
      cell.municipality.id === municipalityId && cell.answer
        ? { ...cell, answer: { ...cell.answer, status } }
        : cell,
    ),
  }));
  return { ...data, round: { ...round, compilation: { ...round.compilation, rows } } };
}

/**
 * A submission widens what the reader may see when it is one of the reader's own municipalities
 * (give-to-get: the others' answers open to it): then the matrix is fetched again.
 */
export function widensView(data: Data, municipalityId: string): boolean {
  return data.round?.network.myMemberships.some((m) => m.municipality?.id === municipalityId) ?? false;
}
