import { isBlank, type SheetLine } from '../sheet-rows.js';
import { parseXml } from './parse-xml.js';
import type { WorkbookParts } from './workbook-parts.js';

/** Thrown by `readSheet` at the first content row past `maxRows`. */
export class TooManyRows extends Error {}

interface Cell {
  column: number;
  type: string;
  style: number;
  value: string | null;
  inline: string;
}

/**
 * The rows of one worksheet that have content, each cell as a person sees it: a shared or inline string as its
 * text, a formula as its result, a number in a date style as an ISO date, TRUE/FALSE as a boolean, an error as its
 * code (`#N/A`). Stops with TooManyRows at the first content row past `maxRows`.
 */
export async function readSheet(xml: Buffer, parts: WorkbookParts, maxRows: number): Promise<SheetLine[]> {
  const lines: SheetLine[] = [];
  let row = 0;
  let cells: unknown[] = [];
  let nextColumn = 1;
  let cell: Cell | null = null;
  let collect: 'value' | 'inline' | null = null;
  let phonetic = 0;
  await parseXml(xml, {
    open(name, attributes) {
      if (name === 'row') {
        row = attributes.r ? Number(attributes.r) : row + 1;
        cells = [];
        nextColumn = 1;
      } else if (name === 'c') {
        const column = (attributes.r && columnOf(attributes.r)) || nextColumn;
        cell = {
          column,
          type: attributes.t ?? 'n',
          style: Number(attributes.s ?? 0),
          value: null,
          inline: '',
        };
      } else if (cell && name === 'v') {
        cell.value = '';
        collect = 'value';
      } else if (cell && name === 't' && !phonetic) collect = 'inline';
      else if (name === 'rPh') phonetic++;
    },
    text(text) {
      if (!cell || !collect) return;
      if (collect === 'value') cell.value += text;
      else cell.inline += text;
    },
    close(name) {
      if (name === 'v' || name === 't') collect = null;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell) {
        const value = valueOf(cell, parts);
        if (value !== null) cells[cell.column - 1] = value;
        nextColumn = cell.column + 1;
        cell = null;
      } else if (name === 'row' && !cells.every(isBlank)) {
        if (lines.length === maxRows) throw new TooManyRows();
        lines.push({ row, cells });
      }
    },
  });
  return lines;
}

function valueOf(cell: Cell, parts: WorkbookParts): unknown {
  const { type, value } = cell;
  if (type === 'inlineStr') return cell.inline;
  if (value === null || value === '') return null;
  switch (type) {
    case 's':
      return parts.sharedStrings[Number(value)] ?? null;
    case 'str':
    case 'e': // an error as its code, #N/A, #DIV/0!…
      return value;
    case 'b':
      return Number(value) !== 0;
    case 'd':
      return isoDate(new Date(value)) ?? value;
    default: {
      const number = Number(value);
      if (!parts.dateStyles[cell.style]) return number;
      const days = number - 25569 + (parts.date1904 ? 1462 : 0);
      return isoDate(new Date(Math.round(days * 86_400_000))) ?? number;
    }
  }
}

/** A date as `2026-04-01`, a moment in time as its full ISO form; null when it is no date at all. */
function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** `BC12` → 55. */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference.toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}
