import { followUpIntervalDaysSchema } from '@samrad/domain';

/** The days typed in the follow-up interval field, or null when they are not a whole number from 7 to 730. */
export function intervalDays(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const parsed = followUpIntervalDaysSchema.safeParse(Number(text));
  return parsed.success ? parsed.data : null;
}
