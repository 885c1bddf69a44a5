/**
 * The goal's timeline: progress reports, status changes and milestones done, newest first, as
 * one list of plain entries (the page words them). Pure, tested in timeline.spec.ts.
 */
export type TimelineEntry =
  | {
      kind: 'progress';
      id: string;
      at: string;
      municipality: string;
      status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE';
      note: string | null;
      value: number | null;
      by: string;
    }
  | {
      kind: 'status';
      id: string;
      at: string;
      from: string | null;
      to: string;
      reason: string | null;
      by: string | null;
    }
  | { kind: 'milestone'; id: string; at: string; title: string; by: string | null };

interface Sources {
  progress: readonly {
    id: string;
    status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE';
    note?: string | null;
    value?: number | null;
    reportedAt: string;
    municipality: { name: string };
    reportedBy: { displayName: string };
  }[];
  statusHistory: readonly {
    id: string;
    fromStatus?: string | null;
    toStatus: string;
    reason?: string | null;
    changedAt: string;
    changedBy?: { displayName: string } | null;
  }[];
  milestones: readonly {
    id: string;
    title: string;
    doneAt?: string | null;
    doneBy?: { displayName: string } | null;
  }[];
}

export function timeline({ progress, statusHistory, milestones }: Sources): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...progress.map((p): TimelineEntry => ({
      kind: 'progress',
      id: `progress-${p.id}`,
      at: p.reportedAt,
      municipality: p.municipality.name,
      status: p.status,
      note: p.note ?? null,
      value: p.value ?? null,
      by: p.reportedBy.displayName,
    })),
    ...statusHistory.map((s): TimelineEntry => ({
      kind: 'status',
      id: `status-${s.id}`,
      at: s.changedAt,
      from: s.fromStatus ?? null,
      to: s.toStatus,
      reason: s.reason ?? null,
      by: s.changedBy?.displayName ?? null,
    })),
    ...milestones
      .filter((m) => m.doneAt)
      .map((m): TimelineEntry => ({
        kind: 'milestone',
        id: `milestone-${m.id}`,
        at: m.doneAt!,
        title: m.title,
        by: m.doneBy?.displayName ?? null,
      })),
  ];
  // newest first; a stable sort keeps the sources' order on the same instant
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
