import type { Round } from '../rounds/round.entity.js';
import type { WorkContext, WorkItem } from './work-items.js';

const deadlineOf = (round: Round) => {
  const iso = round.phaseDeadlines?.[round.phase];
  return iso ? new Date(iso) : null;
};

/**
 * Rounds: a coordinator runs every open round (DRAFT included); a head or editor is asked by the
 * current phase to act for their municipality; anyone else in the network follows running rounds.
 */
export function roundWork({ grants, openRounds }: WorkContext): WorkItem[] {
  const items: WorkItem[] = [];
  for (const round of openRounds) {
    const mine = grants.filter((g) => g.networkId === round.networkId);
    const base = { networkId: round.networkId, round, phase: round.phase, deadline: deadlineOf(round) };
    const coordinating = mine.some((g) => g.role === 'COORDINATOR');
    if (coordinating)
      items.push({ ...base, id: `ROUND_PHASE:${round.id}`, kind: 'ROUND_PHASE', role: 'COORDINATOR' });
    if (round.phase === 'DRAFT') continue;
    const contributing = mine.filter((g) => (g.role === 'HEAD' || g.role === 'EDITOR') && g.municipalityId);
    const perMunicipality = new Map(contributing.map((g) => [g.municipalityId as string, g]));
    for (const [municipalityId, grant] of perMunicipality) {
      // A head outranks an editor role for the same municipality.
      const role = contributing.some((g) => g.municipalityId === municipalityId && g.role === 'HEAD')
        ? 'HEAD'
        : grant.role;
      items.push({
        ...base,
        id: `MUNICIPALITY_PHASE:${round.id}:${municipalityId}`,
        kind: 'MUNICIPALITY_PHASE',
        role,
        municipalityId,
      });
    }
    if (!coordinating && perMunicipality.size === 0 && mine.length > 0) {
      items.push({ ...base, id: `ROUND_TO_FOLLOW:${round.id}`, kind: 'ROUND_TO_FOLLOW', role: mine[0].role });
    }
  }
  return items;
}

/** Coordinators: the networks with invitations still waiting for an answer (unexpired), counted with my roles. */
export function invitationWork({ grants }: WorkContext): WorkItem[] {
  const items = new Map<string, WorkItem>();
  for (const grant of grants) {
    if (grant.role !== 'COORDINATOR' || !grant.pendingInvitations) continue;
    items.set(grant.networkId, {
      id: `PENDING_INVITATIONS:${grant.networkId}`,
      kind: 'PENDING_INVITATIONS',
      role: 'COORDINATOR',
      networkId: grant.networkId,
      count: grant.pendingInvitations,
    });
  }
  return [...items.values()];
}
