/**
 * What is due for my municipality's commitments, soonest first: the goal's next milestone, the
 * goal's due date, and a progress report when the last one is older than the follow-up interval.
 * Pure, tested in due.spec.ts.
 */
export const FOLLOW_UP_DAYS = 90;

export type DueItem =
  | { kind: 'milestone'; goalId: string; goal: string; municipality: string; title: string; at: string }
  | { kind: 'goal'; goalId: string; goal: string; municipality: string; at: string }
  | { kind: 'report'; goalId: string; goal: string; municipality: string; days: number };

interface Commitment {
  status: string;
  daysSinceLastUpdate?: number | null;
  municipality: { name: string };
  nextMilestone?: { title: string; dueDate?: string | null } | null;
  goal: { id: string; title: string; status: string; dueDate?: string | null };
}

const open = (status: string) => status === 'PROPOSED' || status === 'ACTIVE';

export function dueItems(commitments: readonly Commitment[], followUpDays = FOLLOW_UP_DAYS): DueItem[] {
  const dated: (DueItem & { at: string })[] = [];
  const reports: (DueItem & { kind: 'report' })[] = [];
  for (const c of commitments) {
    if (c.status !== 'COMMITTED' || !open(c.goal.status)) continue;
    const base = { goalId: c.goal.id, goal: c.goal.title, municipality: c.municipality.name };
    if (c.nextMilestone?.dueDate)
      dated.push({ kind: 'milestone', ...base, title: c.nextMilestone.title, at: c.nextMilestone.dueDate });
    if (c.goal.dueDate) dated.push({ kind: 'goal', ...base, at: c.goal.dueDate });
    if (c.daysSinceLastUpdate != null && c.daysSinceLastUpdate >= followUpDays)
      reports.push({ kind: 'report', ...base, days: c.daysSinceLastUpdate });
  }
  // a report long overdue comes first; then dates, soonest first
  reports.sort((a, b) => b.days - a.days);
  dated.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return [...reports, ...dated];
}

/** Open goals of a network that a municipality I head there has not answered yet. */
export function awaitingAnswer(
  headed: readonly { id: string; name: string }[],
  goals: readonly {
    id: string;
    title: string;
    status: string;
    commitments: readonly { municipality: { id: string } }[];
  }[],
): { goalId: string; goal: string; municipality: string }[] {
  const items: { goalId: string; goal: string; municipality: string }[] = [];
  for (const goal of goals) {
    if (!open(goal.status)) continue;
    for (const municipality of headed) {
      if (!goal.commitments.some((c) => c.municipality.id === municipality.id))
        items.push({ goalId: goal.id, goal: goal.title, municipality: municipality.name });
    }
  }
  return items;
}
