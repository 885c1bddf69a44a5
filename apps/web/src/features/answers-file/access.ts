import { answeringOpen, answersVisibleTo, can, type RoleGrant, type RoundPhase } from '@samrad/domain';

interface RoundAccessInput {
  phase: RoundPhase;
  network: {
    municipalities: { id: string; name: string }[];
    myMemberships: { role: RoleGrant['role']; municipality: { id: string } | null }[];
  };
  answerSubmissions: {
    status: string;
    submittedAt: unknown;
    lateUntil: unknown;
    municipality: { id: string };
  }[];
}

/**
 * Whose answers the reader may import (head and editors of a municipality, while answering is open
 * for it and the answers are not approved) and export (give-to-get, as the API decides it: the
 * API checks again, this only hides what would be refused).
 */
export function answersFileAccess(round: RoundAccessInput) {
  const grants: RoleGrant[] = round.network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const submissions = new Map(round.answerSubmissions.map((s) => [s.municipality.id, s]));
  const own = [...new Set(grants.flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])))];
  const visible = answersVisibleTo({
    phase: round.phase,
    coordinator: can(grants, 'network.manage'),
    own,
    submitted: own.filter((id) => submissions.get(id)?.submittedAt),
  });
  const municipalities = round.network.municipalities;
  const importable = municipalities.filter((m) => {
    const submission = submissions.get(m.id);
    const lateUntil = submission?.lateUntil ? new Date(String(submission.lateUntil)) : null;
    return (
      can(grants, 'municipality.contribute', m.id) &&
      answeringOpen(round.phase, lateUntil) &&
      submission?.status !== 'APPROVED'
    );
  });
  const exportable = municipalities.filter((m) => visible === 'ALL' || visible.includes(m.id));
  return { importable, exportable };
}
