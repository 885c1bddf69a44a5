/** The enumerations of the public contract (../shared/contract/schema.graphql), shared by api and web. */

export const COUNTRIES = ['SE', 'DK', 'NO', 'FI'] as const;
export type Country = (typeof COUNTRIES)[number];

export const NETWORK_ROLES = ['COORDINATOR', 'HEAD', 'EDITOR', 'VIEWER'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

export const ANSWER_TYPES = ['YES_NO', 'CHOICE', 'NUMBER', 'PERCENT', 'TEXT'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const ROUND_PHASES = [
  'DRAFT',
  'INTERPRETATION',
  'ANSWERING',
  'COMPILATION',
  'DISCUSSION',
  'GOAL_SETTING',
  'CLOSED',
] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

export const ANSWER_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const STANCES = ['AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK'] as const;
export type Stance = (typeof STANCES)[number];

export const PROPOSAL_STATUSES = ['OPEN', 'AGREED', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const GOAL_STATUSES = ['PROPOSED', 'ACTIVE', 'ACHIEVED', 'DROPPED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const PROGRESS_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const SUBJECT_TYPES = ['NETWORK', 'ROUND', 'INDICATOR', 'GOAL', 'MEETING'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Error codes carried in GraphQL `extensions.code` and in socket acks. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PHASE_CLOSED',
  'TOO_MANY_REQUESTS',
  /** The database is unreachable for a moment; `extensions.retryAfter` (s) says when to retry. */
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const LOCALES = ['sv', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
