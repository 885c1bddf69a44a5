import { tally } from './consensus.js';

describe('tally', () => {
  it('leans AGREED when a majority of the decided agree and nobody blocks', () => {
    expect(tally(['AGREE', 'AGREE', 'DISAGREE', 'ABSTAIN'], 8)).toEqual({
      agree: 2,
      abstain: 1,
      disagree: 1,
      block: 0,
      missing: 4,
      leaning: 'AGREED',
    });
  });

  it('one block is enough to block', () => {
    expect(tally(['AGREE', 'AGREE', 'AGREE', 'BLOCK'], 4).leaning).toBe('BLOCKED');
  });

  it('stays OPEN on a tie, with only abstentions, or with no positions', () => {
    expect(tally(['AGREE', 'DISAGREE'], 2).leaning).toBe('OPEN');
    expect(tally(['ABSTAIN'], 2).leaning).toBe('OPEN');
    expect(tally([], 8)).toMatchObject({ missing: 8, leaning: 'OPEN' });
  });
});
