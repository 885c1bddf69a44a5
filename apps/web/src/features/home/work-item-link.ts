/** The parts of a work item that decide where it leads. */
export interface LinkedItem {
  kind: string;
  network: { id: string; name: string };
  round?: { id: string; title: string } | null;
  municipality?: { id: string } | null;
  goal?: { id: string; title: string } | null;
}

/**
 * Where a work item leads and what its link says: the page where the thing asked can be done. A kind
 * this web does not know yet leads to its round, or else to its network (never to a missing page).
 */
export function workItemLink(item: LinkedItem): { to: string; label: string } {
  const { round, goal, network, municipality } = item;
  if (item.kind === 'PROGRESS_TO_REPORT' && goal) return { to: `/goals/${goal.id}`, label: goal.title };
  if (item.kind === 'PENDING_INVITATIONS' || !round)
    return { to: `/networks/${network.id}`, label: network.name };
  if (item.kind === 'POSITIONS_TO_TAKE')
    return { to: `/rounds/${round.id}/interpretations`, label: round.title };
  if (item.kind === 'ANSWERS_TO_SUBMIT' && municipality)
    return { to: `/rounds/${round.id}/answers/${municipality.id}`, label: round.title };
  return { to: `/rounds/${round.id}`, label: round.title };
}
