import type { RoundPhase } from '@samrad/domain';
import type { WorkContext } from './work-items.js';

type OpenRound = WorkContext['openRounds'][number];

/**
 * The (round, municipality) pairs a head or editor works on in rounds of `phase`: one per
 * municipality of mine, however many roles I hold for it. Work sources query them in one statement.
 */
export function municipalityWorkPairs(
  { grants, openRounds }: WorkContext,
  phase: RoundPhase,
): { round: OpenRound; municipalityId: string }[] {
  return openRounds
    .filter((round) => round.phase === phase)
    .flatMap((round) =>
      [
        ...new Set(
          grants
            .filter((g) => g.networkId === round.networkId && (g.role === 'HEAD' || g.role === 'EDITOR'))
            .flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])),
        ),
      ].map((municipalityId) => ({ round, municipalityId })),
    );
}

/** The role a work item names: a head outranks an editor role for the same municipality. */
export function municipalityRole(
  grants: WorkContext['grants'],
  networkId: string,
  municipalityId: string,
): 'HEAD' | 'EDITOR' {
  return grants.some(
    (g) => g.networkId === networkId && g.municipalityId === municipalityId && g.role === 'HEAD',
  )
    ? 'HEAD'
    : 'EDITOR';
}
