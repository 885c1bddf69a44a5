/** Text as typed: trimmed, empty → null; numbers and yes/no from a spreadsheet become their text. */
export function coerceText(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return value; // left for the schema to report
  return value.trim() || null;
}

/** "Högre är bättre" → HOGRE_AR_BATTRE, "højere-er bedre" → HOJERE_ER_BEDRE: case, marks and separators ignored. */
export const foldWord = (text: string) =>
  text
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/Ø/g, 'O')
    .replace(/Æ/g, 'AE')
    .replace(/[\s/-]+/g, '_');

/** "Answer type", "answer_type" and "ANSWERTYPE" are all the same header. */
export const normalizeHeader = (header: string) =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');

/** Header name → column, from each column's accepted names. */
export const headerLookup = <T extends string>(aliases: Record<T, string[]>) => {
  const byHeader = new Map(
    (Object.entries(aliases) as [T, string[]][]).flatMap(([name, names]) =>
      names.map((alias) => [normalizeHeader(alias), name] as const),
    ),
  );
  return (header: string): T | undefined => byHeader.get(normalizeHeader(header));
};
