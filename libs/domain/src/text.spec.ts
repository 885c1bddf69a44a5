import { foldForSearch, normalizeEmail } from './text.js';

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
