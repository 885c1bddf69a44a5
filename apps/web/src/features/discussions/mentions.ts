/** A member who may be mentioned. */
export interface Mentionable {
  id: string;
  displayName: string;
}

/** The `@word` being typed right before the caret, if any (at the start or after a space). */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([^\s@[\]()]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Members whose name has a word starting with the query (accents ignored), at most `limit`. */
export function matchMembers(members: readonly Mentionable[], query: string, limit = 8): Mentionable[] {
  const q = fold(query);
  return members
    .filter(
      (m) =>
        !q ||
        fold(m.displayName)
          .split(/\s+/)
          .some((word) => word.startsWith(q)),
    )
    .slice(0, limit);
}

/** One entry per person (a member may hold several roles), sorted by name. */
export function uniqueMembers(members: readonly { user: Mentionable }[], locale: string): Mentionable[] {
  const byId = new Map(members.map((m) => [m.user.id, m.user]));
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}
