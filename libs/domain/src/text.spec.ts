import { foldForSearch, normalizeEmail, plainString } from './text.js';

describe('foldForSearch', () => {
  it.each([
    ['Järfälla', 'jarfalla'],
    ['Upplands Väsby', 'upplands vasby'],
    ['Ærø', 'aero'],
    ['Høje-Taastrup', 'hoje-taastrup'],
    ['Ekerö', 'ekero'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Anna.Berg@Example.SE ')).toBe('anna.berg@example.se');
  });
});

describe('plainString', () => {
  it('refuses control characters and lone surrogates, trimming first', () => {
    const line = plainString();
    expect(line.safeParse('Järfälla\n').data).toBe('Järfälla');
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\nb', 'a\u0085b', 'a\uD800b'])
      expect(line.safeParse(bad).success).toBe(false);
  });

  it('lets multi-line text keep tabs and line breaks', () => {
    const text = plainString(undefined, { multiline: true });
    expect(text.safeParse('Rad ett\r\n\tRad två').success).toBe(true);
    expect(text.safeParse('Rad\u0000').success).toBe(false);
    expect(text.safeParse('😀 emoji').success).toBe(true);
  });
});
