import { compileRow, type RoomEventMessage } from '@samrad/domain';
import type { ResultOf } from '../../graphql/graphql';
import { cellsOf, compactOf } from './compact';
import type { CompactRow, ROUND_COMPILATION } from './compilation.graphql';

type Data = ResultOf<typeof ROUND_COMPILATION>;

/**
 * An answer saved while the compilation is open: the one cell (an entry of its row's compact lists)
 * takes the new value and comment, and its row's summary, leaders and changes are computed again with
 * the API's own maths (`compileRow` in @samrad/domain) over the row's visible values. Returns null
 * when nothing shown changes: the round is not this one, the question or municipality is not in the
 * matrix, or the event came without the value (give-to-get withholds it from this reader).
 */
export function withSavedAnswer(data: Data, event: RoomEventMessage<'answer.saved'>): Data | null {
  const round = data.round;
  const { value, comment, indicatorId, municipalityId } = event.data;
  if (!round || event.room !== `round:${round.id}` || value === undefined) return null;
  const { municipalities, hiddenColumns } = round.compilation;
  const rowIndex = round.compilation.rows.findIndex((row) => row.indicator.id === indicatorId);
  const column = municipalities.findIndex((m) => m.id === municipalityId);
  if (rowIndex < 0 || column < 0) return null;
  const row = round.compilation.rows[rowIndex];
  const type = row.indicator.answerType;
  const [number, text] = compactOf(type, value);
  const numbers = row.numbers && row.numbers.map((n, i) => (i === column ? number : n));
  const texts = row.texts && row.texts.map((t, i) => (i === column ? text : t));
  const cells = cellsOf({ ...row, numbers, texts }, municipalities, new Set(hiddenColumns));
  const figures = compileRow({
    answerType: type,
    polarity: row.indicator.polarity,
    options: row.indicator.options ?? null,
    cells: cells.map((cell) => ({
      municipalityId: cell.municipality.id,
      value: cell.hidden ? null : cell.value,
      previous: cell.previousValue,
    })),
  });
  const names = new Map(municipalities.map((m) => [m.id, m]));
  const { summary } = figures;
  const patched: CompactRow = {
    ...row,
    numbers,
    texts,
    changes: figures.changes,
    comments: [
      ...row.comments.filter((c) => c.column !== column),
      ...(comment ? [{ __typename: 'CellComment' as const, column, text: comment }] : []),
    ].sort((a, b) => a.column - b.column),
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
 * A submission widens what the reader may see when it is one of the reader's own municipalities
 * (give-to-get: the others' answers open to it): then the matrix is fetched again.
 */
export function widensView(data: Data, municipalityId: string): boolean {
  return data.round?.network.myMemberships.some((m) => m.municipality?.id === municipalityId) ?? false;
}
