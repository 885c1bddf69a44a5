import { summarize } from '@samrad/domain';
import type { CompilationRow, MunicipalityGroup } from './compilation.graphql';

/**
 * A saved group's figures for one question: the same summary the API computes for the network,
 * over the group's members among the visible cells (the maths of @samrad/domain).
 */
export function groupSummary(row: CompilationRow, group: MunicipalityGroup) {
  const members = new Set(group.municipalities.map((m) => m.id));
  const cells = row.cells.filter((cell) => members.has(cell.municipality.id));
  return summarize(
    row.indicator.answerType,
    cells.map((cell) => (cell.hidden ? null : cell.value)),
    cells.length,
    row.indicator.options ?? null,
  );
}
