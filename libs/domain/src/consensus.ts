import type { Stance } from './enums.js';

/**
 * How a network decides that it agrees on a proposal. Both rules are "without blocks": one
 * municipality's block stops consensus, whatever the others say.
 * - `MAJORITY`: more than half of the member municipalities agree (the default).
 * - `UNANIMITY`: every member municipality has taken a position, none disagrees, at least one agrees
 *   (abstaining does not stand in the way).
 */
export const CONSENSUS_RULES = ['MAJORITY', 'UNANIMITY'] as const;
export type ConsensusRule = (typeof CONSENSUS_RULES)[number];
export const DEFAULT_CONSENSUS_RULE: ConsensusRule = 'MAJORITY';

/** One municipality's position as the tally reads it. */
export interface MunicipalityStance {
  municipalityId: string;
  stance: Stance;
}

export interface Tally {
  rule: ConsensusRule;
  /** Member municipalities of the network: agree + abstain + disagree + block + notResponded. */
  members: number;
  agree: number;
  abstain: number;
  disagree: number;
  block: number;
  /** Member municipalities that have not taken a position yet. */
  notResponded: number;
  /** Whether the positions meet the network's rule (the coordinator still records the outcome). */
  consensus: boolean;
  /** BLOCKED while any municipality blocks, AGREED when the rule is met, OPEN otherwise. */
  leaning: 'AGREED' | 'BLOCKED' | 'OPEN';
}

/**
 * The current position of each municipality: positions are given oldest first, and a later one
 * replaces the earlier one of the same municipality (the earlier stays in the history).
 */
export function currentPositions<P extends MunicipalityStance>(history: readonly P[]): P[] {
  const latest = new Map<string, P>();
  for (const position of history) {
    latest.delete(position.municipalityId);
    latest.set(position.municipalityId, position);
  }
  return [...latest.values()];
}

/**
 * Counts the positions of the network's member municipalities on one proposal (Loomio-style:
 * agree / abstain / disagree / block). Positions of municipalities that are no longer members do
 * not count; a municipality's later position replaces its earlier one.
 */
export function tally(
  positions: readonly MunicipalityStance[],
  memberMunicipalityIds: readonly string[],
  rule: ConsensusRule = DEFAULT_CONSENSUS_RULE,
): Tally {
  const members = new Set(memberMunicipalityIds);
  const counted = currentPositions(positions).filter((p) => members.has(p.municipalityId));
  const count = (stance: Stance) => counted.filter((p) => p.stance === stance).length;
  const agree = count('AGREE');
  const abstain = count('ABSTAIN');
  const disagree = count('DISAGREE');
  const block = count('BLOCK');
  const notResponded = members.size - counted.length;
  const consensus =
    block === 0 &&
    agree > 0 &&
    (rule === 'MAJORITY' ? agree > members.size / 2 : notResponded === 0 && disagree === 0);
  return {
    rule,
    members: members.size,
    agree,
    abstain,
    disagree,
    block,
    notResponded,
    consensus,
    leaning: block > 0 ? 'BLOCKED' : consensus ? 'AGREED' : 'OPEN',
  };
}
