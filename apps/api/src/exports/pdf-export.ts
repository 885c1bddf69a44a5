import { CSV_DIALECT, fillLabel } from '@samrad/domain';
import type { CompilationRowType } from '../compilation/compilation.types.js';
import { chartHeight, drawChart, hasChart, INK, MUTED, type ChartText } from './pdf-chart.js';
import { pageOfPages } from './pdf-page-labels.js';
import { openPdf } from './pdf-fonts.js';
import {
  decimalsOf,
  formatNumber,
  plainValue,
  previousLabel,
  rowNumbers,
  type ExportReport,
} from './export-report.js';

const MARGIN = 42;
const FOOTER = 24;
const RULE = '#c5ccd3';

/**
 * The compilation as a PDF report, made on the server with PDFKit (no browser): a cover (network,
 * round, year, phase, date, what the caller may see, the sections), then per
 * section per question the question, its summary, the agreed interpretation, a chart
 * (pdf-chart.ts) and a table of every municipality's answer, last year's and the change; a footer
 * with "page n of N" on every page (and an outline of the sections for the viewer's sidebar).
 */
export function compilationPdf(report: ExportReport): Promise<Buffer> {
  const { labels } = report;
  const { doc, done } = openPdf({
    size: 'A4',
    margin: MARGIN,
    // pages go out as they are done (buffering 300 pages cost a third of the time): "n of N" is a
    // placeholder per page, filled in at the end (pdf-page-labels.ts)
    info: { Title: `${labels.compilation}: ${report.round}`, Author: report.network, Creator: 'Samråd' },
    lang: report.lang,
  });

  const width = doc.page.width - 2 * MARGIN;
  let pageNumber = 1;
  const pageLabels = pageOfPages(doc, MARGIN, width);
  /** Where the page is from, and its number: drawn as each page starts, the reader's state kept. */
  const footer = () => {
    const state = doc as unknown as { _font: unknown; _fontSize: number; _fillColor?: [string, number] };
    const [font, size, colour, x, y] = [state._font, state._fontSize, state._fillColor, doc.x, doc.y];
    const top = doc.page.height - MARGIN - 10;
    doc.font('Body').fontSize(7).fillColor(MUTED);
    doc.text(`${report.network} · ${report.round}`, MARGIN, top, { lineBreak: false });
    pageLabels.add(pageNumber, top);
    state._font = font;
    state._fontSize = size;
    if (colour) doc.fillColor(colour[0], colour[1]);
    doc.x = x;
    doc.y = y;
  };
  doc.on('pageAdded', () => {
    pageNumber++;
    footer();
  });
  const bottom = () => doc.page.height - MARGIN - FOOTER;
  const decimal = CSV_DIALECT[report.lang].decimal;
  const fits = new Map<string, string>();

  // cover; the contents are written onto it at the end, when the sections' pages are known
  doc.font('Bold').fontSize(26).fillColor(INK).text(labels.compilation, MARGIN, 120);
  doc.font('Bold').fontSize(16).text(report.network, { width });
  doc.font('Body').fontSize(13).fillColor(MUTED).text(report.round, { width });
  doc.moveDown(1.5);
  const facts: [string, string][] = [
    [labels.year, report.year === null ? '' : String(report.year)],
    [labels.phase, labels.phases[report.phase]],
    [labels.exportedAt, report.exportedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'],
    [labels.visibility, report.partial ? labels.visiblePartial : labels.visibleAll],
  ];
  for (const [label, value] of facts) {
    const top = doc.y;
    doc.font('Bold').fontSize(9).fillColor(INK).text(label, MARGIN, top, { width: 110 });
    doc.font('Body').text(value, MARGIN + 115, top, { width: width - 115 });
    doc.moveDown(0.4);
  }
  // the contents; the PDF's outline (bookmarks) takes the reader to each section
  doc
    .font('Bold')
    .fontSize(11)
    .fillColor(INK)
    .text(labels.contents, MARGIN, doc.y + 24);
  doc.font('Body').fontSize(9);
  for (const section of report.sections)
    doc.text(`${section.name} (${section.rows.length})`, MARGIN, doc.y + 2, { width });
  footer();

  for (const section of report.sections) {
    doc.addPage();
    doc.outline.addItem(section.name);
    doc.font('Bold').fontSize(15).fillColor(INK).text(section.name, MARGIN, MARGIN, { width });
    doc.moveDown(0.6);
    for (const row of section.rows) question(row);
  }
  pageLabels.finish((page, pages) => fillLabel(labels.page, { page, pages }), MUTED);
  doc.end();
  return done;

  /**
   * `text` cut with an ellipsis to `w` points in the current font (`font`: its name and size).
   * Names, values and headers repeat across questions, so each is measured once per report.
   */
  function fit(text: string, w: number, font: string, size: number) {
    // figures are narrow (DejaVu's digits are 0.64 em): short ones fit without measuring
    if (text.length * size * 0.7 <= w && /^[-+\d.,% ]*$/.test(text)) return text;
    const key = `${font}|${w}|${text}`;
    let fitted = fits.get(key);
    if (fitted === undefined) {
      fitted = text;
      if (doc.widthOfString(text) > w) {
        while (fitted.length > 1 && doc.widthOfString(`${fitted}…`) > w) fitted = fitted.slice(0, -1);
        fitted = `${fitted}…`;
      }
      fits.set(key, fitted);
    }
    return fitted;
  }

  /** Starts a new page when `height` does not fit on this one. */
  function room(height: number) {
    if (doc.y + height > bottom()) {
      doc.addPage();
      doc.y = MARGIN;
    }
  }

  function question(row: CompilationRowType) {
    const type = row.indicator.answerType;
    const decimals = decimalsOf(rowNumbers(row));
    const unit = type === 'PERCENT' ? ' %' : row.indicator.unit ? ` ${row.indicator.unit}` : '';
    const figure = (n: number) => `${formatNumber(n, decimals, decimal)}${unit}`;
    const percent = (n: number) => `${formatNumber(n, 1, decimal)} %`;
    const shown = (value: string | number | null) =>
      value === null ? '' : typeof value === 'number' ? formatNumber(value, decimals, decimal) : value;

    const title = `${row.indicator.code}  ${row.indicator.text}`;
    doc.font('Bold').fontSize(9.5);
    room(doc.heightOfString(title, { width }) + 60);
    doc.moveDown(0.4);
    doc.fillColor(INK).text(title, MARGIN, doc.y, { width });

    const s = row.summary;
    const parts = [`${labels.answered} ${s.answered} / ${s.expected}`];
    if (s.yesShare !== null) parts.push(`${labels.yesShare} ${percent(s.yesShare * 100)}`);
    if (s.mean !== null) parts.push(`${labels.mean} ${figure(s.mean)}`);
    if (s.median !== null) parts.push(`${labels.median} ${figure(s.median)}`);
    if (s.min !== null && s.max !== null)
      parts.push(`${labels.min}–${labels.max} ${figure(s.min)}–${figure(s.max)}`);
    if (row.nationalReference !== null)
      parts.push(
        `${labels.nationalReference} ${type === 'YES_NO' ? percent(row.nationalReference) : figure(row.nationalReference)}`,
      );
    if (s.distribution) parts.push(...s.distribution.map((o) => `${o.option} ${o.count}`));
    doc.font('Body').fontSize(8).fillColor(MUTED).text(parts.join(' · '), { width });
    if (row.leaders.length) {
      const names = row.leaders.slice(0, 12).map((l) => l.name);
      const more = row.leaders.length > names.length ? ` … (${row.leaders.length})` : '';
      doc.text(`${labels.leaders}: ${names.join(', ')}${more}`, { width });
    }
    if (row.agreedInterpretation) {
      doc.moveDown(0.2);
      doc.font('Bold').fontSize(8).fillColor(INK).text(`${labels.agreedInterpretation}: `, {
        width,
        continued: true,
      });
      doc.font('Italic').text(row.agreedInterpretation.text, { width });
    }
    if (hasChart(row)) {
      const h = chartHeight(row);
      room(h + 10);
      const text: ChartText = {
        reference: labels.nationalReference,
        network: labels.networkFigure,
        noValues: labels.chartNoValues,
        figure,
        percent,
      };
      const top = doc.y + 6;
      drawChart(doc, row, text, MARGIN, top, width, h);
      doc.y = top + h + 4;
    }
    if (type === 'TEXT') textAnswers(row);
    else valuesTable(row, shown);
    doc.moveDown(0.6);
    doc
      .strokeColor(RULE)
      .lineWidth(0.5)
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .stroke();
  }

  /** Free-text answers in full, each under its municipality's name (a table would cut them). */
  function textAnswers(row: CompilationRowType) {
    doc.moveDown(0.3);
    for (const cell of row.cells) {
      const text = cell.hidden ? labels.hidden : (cell.value?.text ?? '');
      if (!text) continue;
      doc.font('Body').fontSize(8);
      room(doc.heightOfString(text, { width: width - 12 }) + 12);
      doc.font('Bold').fillColor(INK).text(cell.municipality.name, MARGIN, doc.y, { width });
      doc
        .font('Body')
        .fillColor(cell.hidden ? MUTED : INK)
        .text(text, MARGIN + 12, doc.y, { width: width - 12 });
    }
    doc.x = MARGIN;
  }

  /**
   * Every municipality's answer, last year's and the change, in as many side-by-side columns as the
   * network's size needs (one for a typical network, three for the whole country), over pages.
   */
  function valuesTable(row: CompilationRowType, shown: (value: string | number | null) => string) {
    const cells = row.cells;
    const previous = report.previousYear !== null;
    const columns = cells.length <= 12 ? 1 : cells.length <= 40 ? 2 : 3;
    const gap = 14;
    const colW = columns === 1 ? Math.min(width, 420) : (width - gap * (columns - 1)) / columns;
    const size = columns === 1 ? 8 : 6.5;
    const lineH = size + 3.5;
    // name, answer, previous, change: fractions of a column
    const at = previous ? [0, 0.42, 0.63, 0.84] : [0, 0.6];
    const headers = [labels.municipality, labels.value];
    // side by side the columns are narrow: the year and ± say it in less room
    if (previous)
      headers.push(
        ...(columns === 1
          ? [previousLabel(report, report.previousYear!), labels.change]
          : [String(report.previousYear), '±']),
      );
    const changeDecimals = row.indicator.answerType === 'YES_NO' ? 0 : decimalsOf(rowNumbers(row));
    const lines = cells.map((cell) => [
      cell.municipality.name,
      cell.hidden ? labels.hidden : shown(plainValue(row, cell.value, labels)),
      ...(previous
        ? [
            shown(plainValue(row, cell.previousValue, labels)),
            cell.change === null
              ? ''
              : `${cell.change > 0 ? '+' : ''}${formatNumber(cell.change, changeDecimals, decimal)}`,
          ]
        : []),
    ]);
    let next = 0;
    doc.moveDown(0.3);
    while (next < lines.length) {
      room(lineH * 3);
      const top = doc.y;
      const perColumn = Math.min(
        Math.ceil((lines.length - next) / columns),
        Math.floor((bottom() - top) / lineH) - 1,
      );
      for (let c = 0; c < columns && next < lines.length; c++) {
        const x = MARGIN + c * (colW + gap);
        doc.font('Bold').fontSize(size).fillColor(INK);
        headers.forEach((h, k) => {
          const w = ((at[k + 1] ?? 1) - at[k]) * colW - 3;
          doc.text(fit(h, w, `Bold${size}`, size), x + at[k] * colW, top, { lineBreak: false });
        });
        doc.font('Body');
        let ink = INK;
        for (let r = 0; r < perColumn && next < lines.length; r++, next++) {
          const y = top + (r + 1) * lineH;
          lines[next].forEach((value, k) => {
            if (!value) return;
            const w = ((at[k + 1] ?? 1) - at[k]) * colW - 3;
            const colour = value === labels.hidden && k === 1 ? MUTED : INK;
            if (colour !== ink) doc.fillColor((ink = colour));
            doc.text(fit(value, w, `Body${size}`, size), x + at[k] * colW, y, { lineBreak: false });
          });
        }
      }
      doc.y = top + (perColumn + 1) * lineH;
      doc.x = MARGIN;
    }
  }
}
