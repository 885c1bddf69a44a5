import { answersVisibleTo, type RoleGrant, type RoundPhase } from '@samrad/domain';
import type { Loaders } from '../common/loaders.js';
import { submissionsOfRound } from './answers.loaders.js';

/** What answer visibility needs of a round. */
export interface ScopedRound {
  id: string;
  phase: RoundPhase;
}

/**
 * Give-to-get for one caller in one round: 'ALL', or the municipalities whose answers the caller
 * may see (`answersVisibleTo` in libs/domain, fed from the round's submissions). Every path that
 * serves answer values (Round.answers, the compilation, exports) asks here, so there is one rule.
 */
export async function answerScope(
  loaders: Loaders,
  round: ScopedRound,
  grants: readonly RoleGrant[],
): Promise<'ALL' | string[]> {
  const own = [...new Set(grants.flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])))];
  const coordinator = grants.some((g) => g.role === 'COORDINATOR');
  // coordinators and rounds past ANSWERING need no submissions: no query for them
  const quick = answersVisibleTo({ phase: round.phase, coordinator, own, submitted: [] });
  if (quick === 'ALL' || own.length === 0) return quick;
  const submissions = await loaders.of(submissionsOfRound).load(round.id);
  return answersVisibleTo({
    phase: round.phase,
    coordinator,
    own,
    submitted: submissions
      .filter((s) => s.firstSubmittedAt && own.includes(s.municipalityId))
      .map((s) => s.municipalityId),
  });
}

/** Whether a municipality's answers are inside a scope. */
export const inScope = (scope: 'ALL' | readonly string[], municipalityId: string) =>
  scope === 'ALL' || scope.includes(municipalityId);
