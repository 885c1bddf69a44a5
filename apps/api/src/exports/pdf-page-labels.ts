/** The parts of PDFKit's embedded font used here (not in its types). */
interface EmbeddedFont {
  id: string;
  ascender: number;
  ref(): PDFKit.PDFKitReference;
  encode(text: string): [string[], unknown];
  widthOfString(text: string, size: number): number;
}

interface Placeholder {
  page: number;
  form: PDFKit.PDFKitReference;
}

const SIZE = 7;

/**
 * "Page n of N" without buffering the pages: N is known only when the last page is done, and PDFKit
 * writes each page out when the next begins. So every footer draws a form XObject (an empty box the
 * page refers to) at the label's place, and `finish` writes each box's text once the count is known,
 * right-aligned to the text width, in the same embedded font (its glyphs are added to the subset
 * before the font is written at `doc.end()`). Text extraction and screen readers see it as the page's text.
 */
export function pageOfPages(doc: PDFKit.PDFDocument, left: number, width: number) {
  const placeholders: Placeholder[] = [];
  const fontOf = () => (doc as unknown as { _font: EmbeddedFont })._font;
  return {
    /** Marks the label's place on the current page: the footer line whose top is at `top` (font Body, 7 pt set). */
    add(page: number, top: number) {
      const font = fontOf();
      const form = doc.ref({
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, -SIZE, width, SIZE * 2],
        Resources: { Font: { [font.id]: font.ref() } },
      });
      const name = `PageOf${page}`;
      (doc.page as unknown as { xobjects: Record<string, PDFKit.PDFKitReference> }).xobjects[name] = form;
      // PDFKit's page space runs top-down: flip back for the form, its origin on the text's baseline
      const baseline = top + (font.ascender / 1000) * SIZE;
      doc.addContent(`q 1 0 0 -1 ${left} ${baseline} cm /${name} Do Q`);
      placeholders.push({ page, form });
    },
    /** Writes every label, now that the page count is known; before `doc.end()`. */
    finish(label: (page: number, pages: number) => string, colour: string) {
      doc.font('Body');
      const font = fontOf();
      const rgb = [1, 3, 5].map((i) => (parseInt(colour.slice(i, i + 2), 16) / 255).toFixed(3)).join(' ');
      for (const { page, form } of placeholders) {
        const text = label(page, placeholders.length);
        const [glyphs] = font.encode(text);
        const x = (width - font.widthOfString(text, SIZE)).toFixed(2);
        form.end(`${rgb} rg BT /${font.id} ${SIZE} Tf 1 0 0 1 ${x} 0 Tm <${glyphs.join('')}> Tj ET`);
      }
    },
  };
}
