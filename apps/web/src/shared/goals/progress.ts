import { formatDecimal, type ProgressStatus } from '@samrad/domain';
import type { TFunction } from 'i18next';

/**
 * The goal's progress as words and symbols: every status is told by a shape and a word, never by
 * colour alone (WCAG 1.4.1). Pure functions, tested in progress.spec.ts.
 */

/** `NONE`: committed, nothing reported yet. */
export type ReportedStatus = ProgressStatus | 'NONE';

/** A shape per status (beside its word): ✓ done, ● on track, ▲ at risk, ✕ off track, ○ not reported. */
export const STATUS_SYMBOL: Record<ReportedStatus, string> = {
  DONE: '✓',
  ON_TRACK: '●',
  AT_RISK: '▲',
  OFF_TRACK: '✕',
  NONE: '○',
};

/** The order statuses are listed in: what needs attention first. */
export const STATUS_ORDER: readonly ReportedStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'DONE', 'NONE'];

interface Update {
  municipality: { id: string };
  status: ProgressStatus;
  reportedAt: string;
}

/** The newest update of each municipality (by `reportedAt`; the later in the list wins a tie). */
export function latestByMunicipality<U extends Update>(updates: readonly U[]): Map<string, U> {
  const latest = new Map<string, U>();
  for (const update of updates) {
    const seen = latest.get(update.municipality.id);
    if (!seen || Date.parse(update.reportedAt) >= Date.parse(seen.reportedAt)) {
      latest.set(update.municipality.id, update);
    }
  }
  return latest;
}

/** How many committed municipalities stand at each status now. */
export function statusCounts(
  committedIds: readonly string[],
  latest: ReadonlyMap<string, { status: ProgressStatus }>,
): Record<ReportedStatus, number> {
  const counts: Record<ReportedStatus, number> = { DONE: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NONE: 0 };
  for (const id of committedIds) counts[latest.get(id)?.status ?? 'NONE'] += 1;
  return counts;
}

/** "2 at risk, 1 on track, 1 not reported": the non-zero counts in STATUS_ORDER, or the empty text. */
export function statusCountsText(t: TFunction, counts: Record<ReportedStatus, number>): string {
  const parts = STATUS_ORDER.filter((status) => counts[status] > 0).map((status) =>
    t(`progress:statusCount.${status}`, { count: counts[status] }),
  );
  return parts.length ? parts.join(', ') : t('progress:statusCount.empty');
}

/** Whole percent of `part` in `whole` (0 when there is no whole). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/**
 * The goal at a glance in one sentence: "2 of 5 committed municipalities done (40 %) · 1 of 3
 * milestones done". Without commitments or milestones their part says so.
 */
export function progressText(
  t: TFunction,
  {
    done,
    committed,
    milestonesDone,
    milestones,
  }: {
    done: number;
    committed: number;
    milestonesDone: number;
    milestones: number;
  },
): string {
  const municipalities =
    committed > 0
      ? t('progress:summary.municipalities', { done, count: committed, percent: percent(done, committed) })
      : t('progress:summary.noCommitments');
  const steps =
    milestones > 0
      ? t('progress:summary.milestones', { done: milestonesDone, count: milestones })
      : t('progress:summary.noMilestones');
  return `${municipalities} · ${steps}`;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days from `now` to `due` in local time (negative when past). */
export function daysUntil(due: Date, now: Date): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(due) - start(now)) / DAY);
}

/** A date for reading ("31 dec. 2026"), in the reader's language. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );
}

/**
 * When something is due, in words: "31 Dec 2026 (in 30 days)", "today", "3 days overdue". Done
 * or closed things (`finished`) show the date alone: nothing is late about them any more.
 */
export function dueText(
  t: TFunction,
  iso: string | null | undefined,
  locale: string,
  now: Date,
  finished = false,
): string {
  if (!iso) return t('progress:due.none');
  const date = formatDate(iso, locale);
  if (finished) return date;
  const days = daysUntil(new Date(iso), now);
  if (days === 0) return t('progress:due.today', { date });
  if (days > 0) return t('progress:due.in', { date, count: days });
  return t('progress:due.overdue', { date, count: -days });
}

/** Is it past its due date and not finished? */
export function isOverdue(iso: string | null | undefined, now: Date, finished = false): boolean {
  return !finished && !!iso && daysUntil(new Date(iso), now) < 0;
}

/** A value for reading, with the indicator's unit: "61,5 %", "12 st", "3". */
export function formatFigure(
  value: number | null | undefined,
  locale: string,
  { percentage = false, unit }: { percentage?: boolean; unit?: string | null } = {},
): string {
  if (value == null || Number.isNaN(value)) return '–';
  const number = formatDecimal(Math.round(value * 10) / 10, locale);
  if (percentage) return `${number} %`;
  return unit ? `${number} ${unit}` : number;
}

/** A date input's value (yyyy-mm-dd) as the end of that local day, as the API takes it. */
export function endOfDay(date: string): string | null {
  return date ? new Date(`${date}T23:59:00`).toISOString() : null;
}

/** An ISO timestamp as a date input's value (yyyy-mm-dd, local). */
export function dateInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
