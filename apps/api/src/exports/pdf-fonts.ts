import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans (the `dejavu-fonts-ttf` package): it carries å ä ö æ ø and the rest of Latin, Greek
 * and Cyrillic, so any municipality's or question's text prints as written. PDFKit embeds only the
 * glyphs used. Read once per process.
 */
let fonts: { regular: Buffer; bold: Buffer; italic: Buffer } | null = null;

export function pdfFonts() {
  if (fonts) return fonts;
  const folder = join(
    dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  );
  const read = (name: string) => readFileSync(join(folder, name));
  fonts = {
    regular: read('DejaVuSans.ttf'),
    bold: read('DejaVuSans-Bold.ttf'),
    italic: read('DejaVuSans-Oblique.ttf'),
  };
  return fonts;
}

/**
 * A PDFKit document with the fonts registered as Body, Bold and Italic, and the whole file once it ends
 * (`done`): the compilation report and the meeting minutes start the same way.
 */
export function openPdf(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const fonts = pdfFonts();
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Body', fonts.regular);
  doc.registerFont('Bold', fonts.bold);
  doc.registerFont('Italic', fonts.italic);
  return { doc, done };
}
