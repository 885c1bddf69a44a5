import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { TestUser } from '../test-app.js';
import type { World } from './world.js';

/**
 * How to reach an object of a tenant-owned type in network A: a query with `%s` where the
 * selection goes, its variables, and who in A may read it (the control). Every field of these
 * types gets a generated case: B's people and a stranger ask for it through this path and are
 * refused; the control asks the same and must get data back.
 */
export interface Reach {
  query: string;
  variables: (w: World) => Record<string, unknown>;
  control: (w: World) => TestUser;
}

const inNetwork = (selection: string): Reach => ({
  query: `query($id: ID!) { network(id: $id) { ${selection} } }`,
  variables: ({ A }) => ({ id: A.id }),
  control: ({ A }) => A.coordinator,
});
const inRound = (selection: string, round: (w: World) => string = ({ A }) => A.roundId): Reach => ({
  query: `query($id: ID!) { round(id: $id) { ${selection} } }`,
  variables: (w) => ({ id: round(w) }),
  control: ({ A }) => A.coordinator,
});

const inSet = (selection: string): Reach => ({
  query: `query($id: ID!) { indicatorSet(id: $id) { ${selection} } }`,
  variables: ({ A }) => ({ id: A.indicatorSetId }),
  control: ({ A }) => A.viewer,
});

const answeringRound = ({ A }: World) => A.answering.roundId;
/** A's goal, read by id: its nested lists stay under the query cost limit (through `Network.goals` they would not). */
const inGoal = (selection: string): Reach => ({
  query: `query($id: ID!) { goal(id: $id) { ${selection} } }`,
  variables: ({ A }) => ({ id: A.goal.id }),
  control: ({ A }) => A.coordinator,
});
/** MB-01 across A's rounds: A's answering round holds X's answer to it. */
const inHistory = (selection: string): Reach => ({
  query: `query($id: ID!) { indicatorHistory(networkId: $id, indicatorCode: "MB-01") { ${selection} } }`,
  variables: ({ A }) => ({ id: A.id }),
  control: ({ A }) => A.coordinator,
});

/** A's thread on a question of its interpretation round (every kind of comment in it). */
const inThread = (selection: string): Reach => ({
  query: `query($id: ID!) { threads(subjectType: INDICATOR, subjectId: $id) { ${selection} } }`,
  variables: ({ A }) => ({ id: A.discussion.subjectId }),
  control: ({ A }) => A.coordinator,
});

/** A's held meeting, read by id. */
const inMeeting = (selection: string): Reach => ({
  query: `query($id: ID!) { meeting(id: $id) { ${selection} } }`,
  variables: ({ A }) => ({ id: A.meeting.id }),
  control: ({ A }) => A.viewer,
});

/** The tenant-owned types: a network's data, whichever path leads there. */
export const TENANT_TYPES: Record<string, Reach> = {
  Network: inNetwork('%s'),
  NetworkMember: inNetwork('members { %s }'),
  Invitation: inNetwork('invitations { %s }'),
  AuditEntry: inNetwork('auditLog { %s }'),
  User: inNetwork('members { user { %s } }'),
  Round: inRound('%s'),
  PhaseDeadline: inRound('phaseDeadlines { %s }'),
  PhaseChange: inRound('phaseHistory { %s }', ({ A }) => A.olderRoundId),
  // A's rounds run on A's own sets: only A's members may read them.
  IndicatorSet: inSet('%s'),
  Indicator: inSet('indicators { %s }'),
  InterpretationProposal: inRound('interpretations { %s }', ({ A }) => A.interpretation.roundId),
  Position: inRound('interpretations { positions { %s } }', ({ A }) => A.interpretation.roundId),
  Tally: inRound('interpretations { tally { %s } }', ({ A }) => A.interpretation.roundId),
  RoundQuestion: inRound('questions { %s }', ({ A }) => A.interpretation.roundId),
  InterpretationProgress: inRound('interpretationProgress { %s }'),
  Answer: inRound('answers { %s }', ({ A }) => A.answering.roundId),
  AnswerValue: inRound('answers { value { %s } }', ({ A }) => A.answering.roundId),
  AnswerChange: inRound('answers { history { %s } }', ({ A }) => A.answering.roundId),
  AnswerSubmission: inRound('answerSubmissions { %s }', ({ A }) => A.answering.roundId),
  // A's 2025 round follows its 2024 answering round, so X's answer there is a suggestion here
  AnswerPrefill: {
    query: `query($id: ID!, $m: ID!) { round(id: $id) { answerPrefills(municipalityId: $m) { %s } } }`,
    variables: ({ A }) => ({ id: A.interpretation.roundId, m: A.X }),
    control: ({ A }) => A.coordinator,
  },
  Compilation: inRound('compilation { %s }', answeringRound),
  CompilationRow: inRound('compilation { rows { %s } }', answeringRound),
  CompilationCell: inRound('compilation { rows { cells { %s } } }', answeringRound),
  CellComment: inRound('compilation { rows { comments { %s } } }', answeringRound),
  CompilationSummary: inRound('compilation { rows { summary { %s } } }', answeringRound),
  OptionCount: inRound('compilation { rows { summary { distribution { %s } } } }', answeringRound),
  MunicipalityGroup: inNetwork('municipalityGroups { %s }'),
  IndicatorHistoryPoint: inHistory('%s'),
  MunicipalityValue: inHistory('values { %s }'),
  Goal: inNetwork('goals { %s }'),
  GoalStatusChange: inGoal('statusHistory { %s }'),
  GoalProgress: inGoal('overallProgress { %s }'),
  Milestone: inGoal('milestones { %s }'),
  GoalCommitment: inGoal('commitments { %s }'),
  ProgressUpdate: inGoal('progress { %s }'),
  LocalMeasure: inGoal('commitments { localMeasures { %s } }'),
  LocalMeasureValue: inGoal('commitments { localMeasures { values { %s } } }'),
  GoalIndicatorFollowUp: inGoal('followUp { %s }'),
  GoalFollowUpRound: inGoal('followUp { rounds { %s } }'),
  GoalFollowUpValue: inGoal('followUp { values { %s } }'),
  Thread: inThread('%s'),
  Comment: inThread('comments { %s }'),
  CommentRevision: inThread('comments { history { %s } }'),
  Meeting: inNetwork('meetings { %s }'),
  MeetingAgendaItem: inMeeting('agenda { %s }'),
  MeetingDecision: inMeeting('decisions { %s }'),
  AgendaSuggestion: inMeeting('agendaSuggestions { %s }'),
};

/**
 * Fields of non-tenant types reachable from a tenant-owned type, each marked public with the
 * reason. Marked one by one on purpose: a new field here (say on IndicatorReferenceValue) fails the matrix
 * until someone decides whether it is shared or a tenant's.
 */
const publicFields = (type: string, fields: string[], reason: string) =>
  Object.fromEntries(fields.map((field) => [`${type}.${field}`, reason]));

const MUNICIPALITIES = 'public reference data (SCB / Danmarks Statistik registers)';
const KOLADA = "Kolada's public register figures, reached only through a set the caller may read";
export const PUBLIC_FIELDS: Record<string, string> = {
  ...publicFields('Municipality', ['id', 'code', 'name', 'country'], MUNICIPALITIES),
  ...publicFields('IndicatorReferenceValue', ['value', 'municipality'], KOLADA),
};

/** Tenant fields whose value in the world is legitimately empty or null (the control cannot show data). */
export const EMPTY_IN_WORLD: Record<string, string> = {
  'Network.description': 'A was created without one',
  'Round.answeringDeadline': 'no deadline set',
  'PhaseDeadline.deadline': 'no deadline set',
  'PhaseChange.reason': 'moved without a reason',
  'PhaseChange.fromPhase': 'the first entry has none',
  'Invitation.acceptedAt': 'A’s invitation is open',
  'Invitation.token': 'returned once, to the coordinator who invites',
  'Invitation.link': 'returned once, with the token',
  'Invitation.mailSentAt': 'the world has no mail server (mailStatus NOT_CONFIGURED)',
  'Invitation.mailFailedAt': 'the world has no mail server (mailStatus NOT_CONFIGURED)',
  'Invitation.revokedAt': 'A’s invitation is open',
  'Invitation.declinedAt': 'A’s invitation is open',
  'Indicator.referenceValues': 'A’s set was imported without Kolada figures',
  'Round.interpretations':
    'A’s current round is in DRAFT; proposals are checked through the earlier round (InterpretationProposal.*)',
  'InterpretationProposal.outcome': 'A’s proposal is open',
  'InterpretationProposal.reviewBy': 'A’s proposal is open',
  'InterpretationProposal.resolvedAt': 'A’s proposal is open',
  'InterpretationProposal.resolvedBy': 'A’s proposal is open',
  'InterpretationProposal.supersededBy': 'A’s proposal is open',
  'InterpretationProposal.confirms': 'A’s proposal re-confirms nothing',
  'RoundQuestion.agreedInterpretation': 'nothing agreed in A’s round yet',
  'RoundQuestion.previousAgreement': 'A has no earlier round on the area',
  'Round.answers':
    'A’s current round is in DRAFT; answers are checked through the answering round (Answer.*)',
  'Round.answerSubmissions':
    'A’s current round is in DRAFT; checked through the answering round (AnswerSubmission.*)',
  'AnswerValue.number': 'A’s answer is yes/no',
  'AnswerValue.text': 'A’s answer is yes/no',
  'AnswerValue.choice': 'A’s answer is yes/no',
  'AnswerChange.oldValue': 'the first save has no earlier value',
  'AnswerChange.oldComment': 'the first save has no earlier comment',
  'AnswerChange.oldStatus': 'the first save has no earlier status',
  'AnswerChange.reason': 'only reopening has a reason',
  'AnswerSubmission.submittedAt': 'A’s municipality has not submitted',
  'AnswerSubmission.approvedAt': 'A’s municipality has not submitted',
  'AnswerSubmission.lateUntil': 'no late window granted',
  'Compilation.previousRound': 'A’s answering round (2024) has no earlier round',
  'CompilationRow.agreedInterpretation': 'nothing agreed in A’s answering round',
  'CompilationRow.leaders': 'one answer leads nobody',
  'CompilationRow.texts': 'A’s one answer is yes/no (its value is in `numbers`)',
  'CompilationRow.previousNumbers': 'A’s answering round has no earlier round',
  'CompilationRow.previousTexts': 'A’s answering round has no earlier round',
  'Compilation.hiddenColumns': 'the control sees every answer of A’s answering round',
  'CompilationCell.previousValue': 'A’s answering round has no earlier round',
  'CompilationCell.change': 'A’s answering round has no earlier round',
  'CompilationSummary.mean': 'A’s one answer is yes/no',
  'CompilationSummary.median': 'A’s one answer is yes/no',
  'CompilationSummary.min': 'A’s one answer is yes/no',
  'CompilationSummary.max': 'A’s one answer is yes/no',
  'IndicatorHistoryPoint.nationalReference': 'MB-01 has no national reference',
  'GoalCommitment.declineReason': 'X committed to A’s goal',
  'AgendaSuggestion.interpretationId': 'nothing agreed in A: its one suggestion is its goal',
};

export interface FieldToCheck {
  coordinate: string;
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

/** Every field of every object type reachable from the tenant-owned types, walking the live schema. */
export function reachableFields(schema: GraphQLSchema): FieldToCheck[] {
  const seen = new Set<string>();
  const queue = Object.keys(TENANT_TYPES);
  const fields: FieldToCheck[] = [];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
    for (const field of Object.values(type.getFields())) {
      fields.push({ coordinate: `${name}.${field.name}`, type, field });
      const target = getNamedType(field.type);
      if (isObjectType(target)) queue.push(target.name);
    }
  }
  return fields;
}

/** The smallest selection of a field: scalars as they are, objects by `__typename`. */
export function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`;
}

/** Arguments a generated case cannot invent: such a field needs a hand-written case. */
export const needsArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/**
 * All of A's data reachable from a tenant type, scalars only and no cycles, one selection per
 * field of the type (each asked on its own, so no single query outgrows the API's query limits):
 * what the control sees, so that any of it showing up in a refusal counts as a leak. Objects are
 * followed three levels down; deeper ones are reached by a shorter path from another field.
 */
export function wholeSelections(schema: GraphQLSchema, typeName: string, path: string[] = []): string[] {
  const type = schema.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter((field) => !needsArguments(field))
    .flatMap((field) => {
      const target = getNamedType(field.type);
      if (isLeafType(target)) return [field.name];
      if (!isObjectType(target) || path.includes(target.name) || path.length > 2) return [];
      const inner = wholeSelections(schema, target.name, [...path, typeName]).join(' ');
      return inner ? [`${field.name} { ${inner} }`] : [];
    });
}

/**
 * `wholeSelections` split one level further: one selection per field of each object field
 * (`rounds { interpretations { … } }`, `rounds { phaseHistory { … } }`, …), so that no single query
 * exceeds the API's cost limit however the schema grows.
 */
export function wholeParts(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter((field) => !needsArguments(field))
    .flatMap((field) => {
      const target = getNamedType(field.type);
      if (isLeafType(target)) return [field.name];
      if (!isObjectType(target) || target.name === typeName) return [];
      return wholeSelections(schema, target.name, [typeName]).map((inner) => `${field.name} { ${inner} }`);
    });
}

/** The strings of a payload that identify something (ids, names, e-mails, texts), not enum values or dates. */
export function identifyingStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const isEnum = /^[A-Z_]+$/.test(value);
    const isDate = !Number.isNaN(Date.parse(value)) && /^\d{4}-/.test(value);
    if (value.length >= 4 && !isEnum && !isDate) into.add(value);
  } else if (Array.isArray(value)) for (const item of value) identifyingStrings(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) identifyingStrings(item, into);
  return into;
}
