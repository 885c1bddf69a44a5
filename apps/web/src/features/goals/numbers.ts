/** A typed number as people write it here ("12,5" or "12.5"); null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!trimmed) return null;
  return /^[-+]?\d*\.?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
