import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
