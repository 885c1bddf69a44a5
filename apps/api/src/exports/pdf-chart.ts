import { numericValue } from '@samrad/domain';
import type { CompilationRowType } from '../compilation/compilation.types.js';

/** Neutral colours only (no red/green: the colours must not read as grades), distinct without colour vision too. */
export const INK = '#1f2933';
export const MUTED = '#616e7c';
const BAR = '#52667a';
const REFERENCE = '#111111';
const GRID = '#d9dee3';

export interface ChartText {
  reference: string;
  network: string;
  noValues: string;
  /** A figure in the language's decimal sign, with its unit. */
  figure(n: number): string;
  percent(n: number): string;
}

/** Which rows get a chart: every one with numbers or options; free text has none. */
export const hasChart = (row: CompilationRowType) => row.indicator.answerType !== 'TEXT';

/**
 * A small chart of one question drawn with PDFKit's vector primitives, at (x, y), w × h points:
 * NUMBER and PERCENT a bar per municipality (in the matrix's order) with the national reference as
 * a dashed line; YES_NO the network's share of yes against the nation's; CHOICE a bar per option.
 */
export function drawChart(
  doc: PDFKit.PDFDocument,
  row: CompilationRowType,
  text: ChartText,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  doc.save();
  doc.font('Body');
  const type = row.indicator.answerType;
  if (type === 'NUMBER' || type === 'PERCENT') barsPerMunicipality(doc, row, text, x, y, w, h);
  else if (type === 'YES_NO')
    horizontalBars(
      doc,
      [
        { label: text.network, value: row.summary.yesShare === null ? null : row.summary.yesShare * 100 },
        { label: text.reference, value: row.nationalReference, reference: true },
      ],
      100,
      (n) => text.percent(n),
      text,
      x,
      y,
      w,
    );
  else if (type === 'CHOICE') {
    const options = row.summary.distribution ?? [];
    const most = Math.max(1, ...options.map((o) => o.count));
    horizontalBars(
      doc,
      options.map((o) => ({ label: o.option, value: o.count })),
      most,
      (n) => String(n),
      text,
      x,
      y,
      w,
    );
  }
  doc.restore();
}

/** The height a row's chart takes. */
export function chartHeight(row: CompilationRowType): number {
  const type = row.indicator.answerType;
  if (type === 'NUMBER' || type === 'PERCENT') return 96;
  if (type === 'YES_NO') return 2 * 14 + 4;
  if (type === 'CHOICE') return Math.max(1, row.summary.distribution?.length ?? 0) * 14 + 4;
  return 0;
}

function barsPerMunicipality(
  doc: PDFKit.PDFDocument,
  row: CompilationRowType,
  text: ChartText,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  const type = row.indicator.answerType;
  const values = row.cells.map((cell) => numericValue(type, cell.value));
  const shown = values.filter((v): v is number => v !== null);
  const labelled = row.cells.length <= 16;
  const axis = 40; // left: the scale's labels
  const plotH = h - (labelled ? 16 : 4);
  const plotX = x + axis;
  const plotW = w - axis - 60; // right: room for the reference's label
  const reference = row.nationalReference;
  const top = Math.max(0, ...shown, reference ?? 0);
  const bottom = Math.min(0, ...shown, reference ?? 0);
  const span = top - bottom || 1;
  const at = (v: number) => y + plotH - ((v - bottom) / span) * plotH;

  doc.fontSize(6).fillColor(MUTED);
  doc.text(text.figure(top), x, at(top) - 3, { lineBreak: false });
  if (bottom !== top) doc.text(text.figure(bottom), x, at(bottom) - 3, { lineBreak: false });
  doc.lineWidth(0.5).strokeColor(GRID);
  doc
    .moveTo(plotX, at(top))
    .lineTo(plotX + plotW, at(top))
    .stroke();
  doc
    .strokeColor(MUTED)
    .moveTo(plotX, at(0))
    .lineTo(plotX + plotW, at(0))
    .stroke();
  if (!shown.length) {
    doc
      .fontSize(7)
      .fillColor(MUTED)
      .text(text.noValues, plotX + 8, y + plotH / 2 - 4, { lineBreak: false });
    return;
  }
  const slot = plotW / row.cells.length;
  const bar = Math.max(0.6, slot * 0.7);
  doc.fillColor(BAR);
  values.forEach((v, i) => {
    if (v === null) return;
    const y0 = at(Math.max(v, 0));
    doc.rect(plotX + i * slot + (slot - bar) / 2, y0, bar, Math.max(0.4, Math.abs(at(v) - at(0)))).fill();
  });
  if (labelled) {
    doc.fontSize(5.5).fillColor(MUTED);
    row.cells.forEach((cell, i) =>
      doc.text(cell.municipality.name, plotX + i * slot, y + plotH + 3, {
        width: slot,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
        height: 8,
      }),
    );
  }
  if (reference !== null) {
    doc.lineWidth(1).strokeColor(REFERENCE).dash(3, { space: 2 });
    doc
      .moveTo(plotX, at(reference))
      .lineTo(plotX + plotW, at(reference))
      .stroke()
      .undash();
    doc.fontSize(6.5).fillColor(INK);
    doc.text(`${text.reference} ${text.figure(reference)}`, plotX + plotW + 4, at(reference) - 3.5, {
      lineBreak: false,
    });
  }
}

function horizontalBars(
  doc: PDFKit.PDFDocument,
  bars: { label: string; value: number | null; reference?: boolean }[],
  scale: number,
  format: (n: number) => string,
  text: ChartText,
  x: number,
  y: number,
  w: number,
) {
  const labelW = 110;
  const barW = w - labelW - 60;
  bars.forEach((b, i) => {
    const top = y + i * 14;
    doc
      .fontSize(7)
      .fillColor(INK)
      .text(b.label, x, top + 2, {
        width: labelW - 6,
        lineBreak: false,
        ellipsis: true,
        height: 9,
      });
    doc.rect(x + labelW, top + 1, barW, 10).fill(GRID);
    if (b.value === null) {
      doc
        .fontSize(7)
        .fillColor(MUTED)
        .text(text.noValues, x + labelW + 4, top + 2, { lineBreak: false });
      return;
    }
    const len = (Math.max(0, b.value) / scale) * barW;
    doc.rect(x + labelW, top + 1, len, 10).fill(b.reference ? REFERENCE : BAR);
    doc
      .fontSize(7)
      .fillColor(INK)
      .text(format(b.value), x + labelW + barW + 4, top + 2, { lineBreak: false });
  });
}
