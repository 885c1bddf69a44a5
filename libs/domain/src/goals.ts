import { z } from 'zod';
import {
  GOAL_STATUSES,
  PROGRESS_STATUSES,
  type GoalStatus,
  type ProgressStatus,
  type RoundPhase,
} from './enums.js';
import { plainString } from './text.js';

/**
 * Joint development goals (issue 16): inputs, the status machine, the phase rule and the goal's
 * overall progress. The API parses with these schemas; the web reuses the rules and the maths.
 */

export const GOAL_TITLE_MAX = 200;
export const GOAL_TEXT_MAX = 4000;
export const GOAL_REASON_MAX = 1000;
export const GOAL_INDICATORS_MAX = 20;
export const MEASURE_NAME_MAX = 200;
export const MEASURE_UNIT_MAX = 40;

export const COMMITMENT_STATUSES = ['COMMITTED', 'DECLINED'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

const uuid = (label: string) => z.uuid(`${label} is not a valid id`);
const title = (label = 'Title') =>
  plainString(`${label} is required`)
    .min(1, `${label} is required`)
    .max(GOAL_TITLE_MAX, `${label} must be at most ${GOAL_TITLE_MAX} characters`);
const longText = (label: string, max = GOAL_TEXT_MAX) =>
  plainString(`${label} must be text`, { multiline: true }).max(
    max,
    `${label} must be at most ${max} characters`,
  );
/** Optional text: empty means none. */
const optionalText = (label: string, max = GOAL_TEXT_MAX) =>
  longText(label, max)
    .nullish()
    .transform((value) => (value ? value : null));

/** The start of today (UTC): a due date on today is fine, yesterday is in the past. */
const startOfToday = () => {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
};

/** A due date: not in the past (today is fine). */
export const dueDateSchema = z.coerce
  .date('Due date must be a date')
  .refine((d) => d.getTime() >= startOfToday(), {
    message: 'The due date is in the past',
    params: { rule: 'DUE_DATE_PAST' },
  });

const indicatorIds = z
  .array(uuid('Indicator'))
  .max(GOAL_INDICATORS_MAX, `A goal links at most ${GOAL_INDICATORS_MAX} indicators`)
  .refine((ids) => new Set(ids).size === ids.length, 'An indicator is linked twice');

export const createGoalSchema = z
  .object({
    networkId: uuid('Network'),
    title: title(),
    description: optionalText('Description'),
    indicatorIds: indicatorIds.nullish().transform((ids) => ids ?? []),
    baselineRoundId: uuid('Baseline round')
      .nullish()
      .transform((id) => id ?? null),
    target: optionalText('Target', GOAL_REASON_MAX),
    dueDate: dueDateSchema.nullish().transform((d) => d ?? null),
  })
  .superRefine((input, ctx) => {
    if (input.indicatorIds.length > 0 && !input.baselineRoundId)
      ctx.addIssue({
        code: 'custom',
        path: ['baselineRoundId'],
        message: 'Linked indicators need the baseline round they are questions of',
        params: { rule: 'BASELINE_REQUIRED' },
      });
  });

/** Only the fields given change; null clears description, target and due date. */
export const updateGoalSchema = z.object({
  title: title().optional(),
  description: optionalText('Description').optional(),
  target: optionalText('Target', GOAL_REASON_MAX).optional(),
  dueDate: dueDateSchema.nullish(),
  indicatorIds: indicatorIds.optional(),
});

/**
 * PROPOSED → ACTIVE → ACHIEVED, and DROPPED from PROPOSED or ACTIVE. ACHIEVED and DROPPED are final.
 * Every change but PROPOSED → ACTIVE needs a reason (what was achieved, why it was dropped).
 */
const GOAL_TRANSITIONS: Record<GoalStatus, readonly GoalStatus[]> = {
  PROPOSED: ['ACTIVE', 'DROPPED'],
  ACTIVE: ['ACHIEVED', 'DROPPED'],
  ACHIEVED: [],
  DROPPED: [],
};

export const goalTransitionAllowed = (from: GoalStatus, to: GoalStatus) =>
  GOAL_TRANSITIONS[from].includes(to);
export const goalReasonRequired = (to: GoalStatus) => to === 'ACHIEVED' || to === 'DROPPED';
/** Commitments, progress, milestones and local measures change only while the goal is open. */
export const goalOpen = (status: GoalStatus) => status === 'PROPOSED' || status === 'ACTIVE';

export const setGoalStatusSchema = z
  .object({
    status: z.enum(GOAL_STATUSES),
    reason: plainString(undefined, { multiline: true })
      .max(GOAL_REASON_MAX, `Reason must be at most ${GOAL_REASON_MAX} characters`)
      .nullish()
      .transform((r) => (r ? r : null)),
  })
  .superRefine((input, ctx) => {
    if (goalReasonRequired(input.status) && !input.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `A reason is required to mark a goal ${input.status}`,
        params: { rule: 'REASON_REQUIRED' },
      });
  });

/** Goals are set from a round's results: in DISCUSSION or GOAL_SETTING of the baseline round. */
export const goalProposalOpen = (phase: RoundPhase) => phase === 'DISCUSSION' || phase === 'GOAL_SETTING';

export const commitToGoalSchema = z.object({
  goalId: uuid('Goal'),
  municipalityId: uuid('Municipality'),
  plan: optionalText('Plan'),
  ownerId: uuid('Owner')
    .nullish()
    .transform((id) => id ?? null),
});

export const declineGoalSchema = z.object({
  goalId: uuid('Goal'),
  municipalityId: uuid('Municipality'),
  reason: longText('Reason', GOAL_REASON_MAX).min(1, 'A reason is required to decline'),
});

export const reportProgressSchema = z.object({
  goalId: uuid('Goal'),
  municipalityId: uuid('Municipality'),
  status: z.enum(PROGRESS_STATUSES),
  note: optionalText('Note'),
  value: z
    .number('Value must be a number')
    .refine(Number.isFinite, 'Value must be a finite number')
    .nullish()
    .transform((v) => v ?? null),
});

export const addMilestoneSchema = z.object({
  goalId: uuid('Goal'),
  title: title(),
  dueDate: dueDateSchema.nullish().transform((d) => d ?? null),
});

/** Only the fields given change; `done` true marks it done now by the caller, false reopens it. */
export const updateMilestoneSchema = z.object({
  title: title().optional(),
  dueDate: dueDateSchema.nullish(),
  done: z.boolean().nullish(),
});

export const addLocalMeasureSchema = z.object({
  commitmentId: uuid('Commitment'),
  name: title('Name').max(MEASURE_NAME_MAX, `Name must be at most ${MEASURE_NAME_MAX} characters`),
  unit: plainString()
    .max(MEASURE_UNIT_MAX, `Unit must be at most ${MEASURE_UNIT_MAX} characters`)
    .nullish()
    .transform((u) => (u ? u : null)),
});

export const recordMeasureValueSchema = z.object({
  measureId: uuid('Measure'),
  value: z.number('Value must be a number').refine(Number.isFinite, 'Value must be a finite number'),
  /** The day the value describes (YYYY-MM-DD; past days are fine: values over time). */
  measuredOn: z.iso.date('Measured on must be a date (YYYY-MM-DD)'),
  note: optionalText('Note', GOAL_REASON_MAX),
});

// ---- progress maths ----------------------------------------------------------------------------

export interface ProgressReport {
  municipalityId: string;
  status: ProgressStatus;
  reportedAt: Date;
}

export interface GoalProgressInput {
  commitments: readonly { municipalityId: string; status: CommitmentStatus }[];
  updates: readonly ProgressReport[];
  milestones: readonly { done: boolean }[];
}

export interface GoalProgress {
  /** Municipalities committed (declined ones do not count). */
  committed: number;
  /** Committed municipalities whose latest update is DONE. */
  done: number;
  /** done / committed, 0..1 (0 with no commitments). */
  doneShare: number;
  /** Committed municipalities by their latest status; NONE: committed, nothing reported yet. */
  onTrack: number;
  atRisk: number;
  offTrack: number;
  notReported: number;
  milestonesDone: number;
  milestonesTotal: number;
}

/** Each municipality's latest update (the later `reportedAt` wins; on a tie, the later in the list). */
export function latestByMunicipality<T extends ProgressReport>(updates: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const update of updates) {
    const current = latest.get(update.municipalityId);
    if (!current || update.reportedAt.getTime() >= current.reportedAt.getTime())
      latest.set(update.municipalityId, update);
  }
  return latest;
}

/**
 * A goal's overall progress: the share of committed municipalities whose latest update is DONE,
 * the rest by latest status, and milestones done of all. Updates of municipalities that are not
 * (or no longer) committed count for nothing.
 */
export function goalProgress(input: GoalProgressInput): GoalProgress {
  const committed = new Set(
    input.commitments.filter((c) => c.status === 'COMMITTED').map((c) => c.municipalityId),
  );
  const latest = latestByMunicipality(input.updates.filter((u) => committed.has(u.municipalityId)));
  const count = (status: ProgressStatus) => [...latest.values()].filter((u) => u.status === status).length;
  const done = count('DONE');
  const milestonesDone = input.milestones.filter((m) => m.done).length;
  return {
    committed: committed.size,
    done,
    doneShare: committed.size === 0 ? 0 : done / committed.size,
    onTrack: count('ON_TRACK'),
    atRisk: count('AT_RISK'),
    offTrack: count('OFF_TRACK'),
    notReported: committed.size - latest.size,
    milestonesDone,
    milestonesTotal: input.milestones.length,
  };
}

/** Whole days from `since` to `now` (0 on the same instant; never negative), or null without a date. */
export function daysSince(since: Date | null | undefined, now: Date): number | null {
  if (!since) return null;
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}

/** The next milestone not done: the earliest due date first, undated ones last. */
export function nextMilestone<T extends { done: boolean; dueDate: Date | null }>(
  milestones: readonly T[],
): T | null {
  const open = milestones.filter((m) => !m.done);
  open.sort(
    (a, b) =>
      (a.dueDate?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueDate?.getTime() ?? Number.POSITIVE_INFINITY),
  );
  return open[0] ?? null;
}
