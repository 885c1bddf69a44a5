/** A datetime-local input's value (local time, minutes) for an ISO instant; '' for none. */
export function localInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local value names (the browser's time zone); null for '' or nonsense. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** "10 June 2025, 09:00–13:00" in the reader's language (the end's day when it differs). */
export function meetingWhen(startsAt: string, endsAt: string | null, locale: string): string {
  const start = new Date(startsAt);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  if (!endsAt) return day.format(start);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  const endText = sameDay
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(end)
    : day.format(end);
  return `${day.format(start)}–${endText}`;
}

/** Whether a value is an https:// address (the API's rule, checked before sending). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && Boolean(url.hostname);
  } catch {
    return false;
  }
}
