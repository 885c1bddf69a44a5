import {
  compilationExportSchema,
  contentDisposition,
  EXPORT_LABELS,
  exportFileName,
  fileSlug,
  fillLabel,
} from './exports.js';

describe('export labels', () => {
  it('have the same keys, phases included, in every language', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    const sv = keys(EXPORT_LABELS.sv).sort();
    expect(keys(EXPORT_LABELS.da).sort()).toEqual(sv);
    expect(keys(EXPORT_LABELS.en).sort()).toEqual(sv);
    for (const labels of Object.values(EXPORT_LABELS))
      for (const value of Object.values(labels))
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
  });

  it('fill placeholders', () => {
    expect(fillLabel(EXPORT_LABELS.sv.page, { page: 2, pages: 9 })).toBe('Sida 2 av 9');
    expect(fillLabel('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('export file names', () => {
  it('fold Nordic letters into plain ASCII slugs', () => {
    expect(fileSlug('Nätverk Nordväst')).toBe('natverk-nordvast');
    expect(fileSlug('Ærø & Søby / Åbenrå')).toBe('aero-soby-abenra');
    expect(fileSlug('  --Café  ')).toBe('cafe');
  });

  it('name network, round and year once, with a UTF-8 name beside the ASCII one', () => {
    expect(
      exportFileName({ network: 'FoU Nordväst', round: 'Öppna jämförelser 2026', year: 2026 }, 'pdf'),
    ).toEqual({
      ascii: 'samrad-fou-nordvast-oppna-jamforelser-2026.pdf',
      utf8: 'Samråd FoU Nordväst Öppna jämförelser 2026.pdf',
    });
    expect(exportFileName({ network: 'N', round: 'Runde', year: null }, 'csv').ascii).toBe(
      'samrad-n-runde.csv',
    );
    expect(exportFileName({ network: 'a/b', round: 'c"d', year: 2025 }, 'xlsx').utf8).toBe(
      'Samråd a b c d 2025.xlsx',
    );
  });

  it('make a Content-Disposition header with only safe characters in the quoted name', () => {
    const header = contentDisposition(
      exportFileName({ network: 'Nätverk', round: "Runde (1) 'x'", year: 2026 }, 'csv'),
    );
    expect(header).toBe(
      `attachment; filename="samrad-natverk-runde-1-x-2026.csv"; filename*=UTF-8''Samr%C3%A5d%20N%C3%A4tverk%20Runde%20%281%29%20%27x%27%202026.csv`,
    );
    expect(header).not.toMatch(/[^\x20-\x7e]/);
  });
});

describe('the export query', () => {
  it('takes a format and an optional language, nothing else', () => {
    expect(compilationExportSchema.parse({ format: 'xlsx' })).toEqual({ format: 'xlsx' });
    expect(compilationExportSchema.parse({ format: 'pdf', lang: 'da' })).toEqual({
      format: 'pdf',
      lang: 'da',
    });
    expect(compilationExportSchema.safeParse({ format: 'docx' }).success).toBe(false);
    expect(compilationExportSchema.safeParse({ format: 'csv', lang: 'fi' }).success).toBe(false);
  });
});
