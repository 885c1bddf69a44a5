import { fillLabel } from '@samrad/domain';
import { INK, MUTED } from '../../exports/pdf-chart.js';
import { openPdf } from '../../exports/pdf-fonts.js';
import type { MinutesReport } from './minutes-report.js';

const MARGIN = 56;

/**
 * The minutes as an A4 PDF for the municipalities' archives, made with PDFKit and the compilation report's
 * fonts (DejaVu: å, ä, ö, æ, ø print as written): the meeting's facts, the agenda, the minutes and the
 * decisions with what they link. Markdown is printed as text, with headings bold and list bullets kept.
 */
export function minutesPdf(report: MinutesReport): Promise<Buffer> {
  const { labels } = report;
  const { doc, done } = openPdf({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${labels.minutes}: ${report.title}`, Author: report.network, Creator: 'Samråd' },
    lang: report.lang,
  });
  const width = doc.page.width - 2 * MARGIN;

  doc.font('Bold').fontSize(22).fillColor(INK).text(labels.minutes, MARGIN, MARGIN, { width });
  doc.font('Bold').fontSize(15).text(report.title, { width });
  doc.moveDown(0.8);
  const facts: [string, string | null][] = [
    [labels.network, report.network],
    [labels.date, report.when],
    [labels.place, report.place],
    [labels.link, report.onlineUrl],
    [labels.status, labels.statuses[report.status]],
  ];
  for (const [label, value] of facts) {
    if (!value) continue;
    const top = doc.y;
    doc.font('Bold').fontSize(10).fillColor(INK).text(label, MARGIN, top, { width: 90 });
    doc.font('Body').text(value, MARGIN + 95, top, { width: width - 95 });
    doc.moveDown(0.3);
  }

  heading(labels.agenda);
  if (report.agenda.length === 0) muted(labels.noAgenda);
  report.agenda.forEach((item, i) => {
    doc
      .font('Bold')
      .fontSize(11)
      .fillColor(INK)
      .text(`${i + 1}. ${item.title}`, MARGIN, doc.y, { width });
    if (item.notes) markdown(item.notes, 14);
    doc.moveDown(0.4);
  });

  heading(labels.minutesHeading);
  if (report.minutes.trim()) markdown(report.minutes, 0);
  else muted(labels.noMinutes);

  heading(labels.decisions);
  if (report.decisions.length === 0) muted(labels.noDecisions);
  report.decisions.forEach((decision, i) => {
    doc
      .font('Bold')
      .fontSize(10.5)
      .fillColor(INK)
      .text(`§ ${i + 1}`, MARGIN, doc.y, { width });
    markdown(decision.text, 14);
    if (decision.link)
      doc
        .font('Italic')
        .fontSize(9)
        .fillColor(MUTED)
        .text(`${decision.link.label}: ${decision.link.title}`, MARGIN + 14, doc.y, { width: width - 14 });
    doc.moveDown(0.5);
  });

  // every page's footer, once the number of pages is known
  const range = doc.bufferedPageRange();
  const exported = `${labels.exportedAt} ${report.exportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // the footer sits in the bottom margin: without this PDFKit would start a new page for it
    doc.page.margins.bottom = 0;
    const top = doc.page.height - MARGIN + 16;
    doc.font('Body').fontSize(7.5).fillColor(MUTED);
    doc.text(`${report.network} · ${report.title} · ${exported}`, MARGIN, top, { lineBreak: false, width });
    const page = fillLabel(labels.page, { page: i + 1 });
    doc.text(page, MARGIN + width - doc.widthOfString(page), top, { lineBreak: false });
  }
  doc.end();
  return done;

  function heading(text: string) {
    doc.moveDown(1);
    doc.font('Bold').fontSize(14).fillColor(INK).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  }

  function muted(text: string) {
    doc.font('Italic').fontSize(10).fillColor(MUTED).text(text, MARGIN, doc.y, { width });
  }

  /** Markdown as text: `#` headings bold, `-`/`*` items as bullets, emphasis markers dropped. */
  function markdown(text: string, indent: number) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2').replace(/`([^`]+)`/g, '$1');
      const x = MARGIN + indent;
      const w = width - indent;
      const head = /^#{1,6}\s+(.*)$/.exec(line);
      const item = /^\s*[-*+]\s+(.*)$/.exec(line);
      if (head) doc.font('Bold').fontSize(11).fillColor(INK).text(head[1], x, doc.y, { width: w });
      else if (item)
        doc
          .font('Body')
          .fontSize(10)
          .fillColor(INK)
          .text(`•  ${item[1]}`, x + 6, doc.y, { width: w - 6 });
      else if (line.trim() === '') doc.moveDown(0.4);
      else doc.font('Body').fontSize(10).fillColor(INK).text(line, x, doc.y, { width: w });
    }
  }
}
