import type { Stance } from './enums.js';

export interface Tally {
  agree: number;
  abstain: number;
  disagree: number;
  block: number;
  /** Member municipalities that have not taken a position yet. */
  missing: number;
  /**
   * What the positions point to (the coordinator decides): BLOCKED while any municipality
   * blocks, AGREED when a majority of those who took a position agree and nobody blocks,
   * OPEN otherwise.
   */
  leaning: 'AGREED' | 'BLOCKED' | 'OPEN';
}

/** Counts the positions of the member municipalities on one proposal (Loomio-style consent). */
export function tally(stances: readonly Stance[], memberMunicipalities: number): Tally {
  const count = (stance: Stance) => stances.filter((s) => s === stance).length;
  const agree = count('AGREE');
  const abstain = count('ABSTAIN');
  const disagree = count('DISAGREE');
  const block = count('BLOCK');
  const decided = agree + disagree + block;
  return {
    agree,
    abstain,
    disagree,
    block,
    missing: Math.max(memberMunicipalities - stances.length, 0),
    leaning: block > 0 ? 'BLOCKED' : decided > 0 && agree > decided / 2 ? 'AGREED' : 'OPEN',
  };
}
