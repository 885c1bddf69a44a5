import { z } from 'zod';
import { CONSENSUS_RULES } from './consensus.js';
import {
  ANSWER_STATUSES,
  GOAL_STATUSES,
  NETWORK_ROLES,
  PROGRESS_STATUSES,
  PROPOSAL_STATUSES,
  ROUND_PHASES,
  STANCES,
  SUBJECT_TYPES,
} from './enums.js';
import { COMMITMENT_STATUSES } from './goals.js';
import { NOTIFICATION_KINDS, NOTIFICATION_SUBJECT_TYPES } from './notifications.js';
import { SHARED_ROOM_KINDS, type RoomKind, type RoomName } from './rooms.js';
import { MEETING_STATUSES } from './meetings.js';
import { INVITATION_MAIL_STATUSES } from './networks.schemas.js';

/**
 * The room event catalogue: every event type the API publishes, the rooms it goes to and the
 * shape of its `data`. The API's publisher accepts only these types with their data, replay and
 * the web's handlers read them through `RoomEventMessage`, and docs/realtime.md's event table is
 * generated from here (`npm run docs:events`). Add a feature's events here first.
 */

/** `presence.changed` lists at most this many viewers; `total` counts them all. */
export const PRESENCE_LIST_LIMIT = 100;
export const PRESENCE_CHANGED = 'presence.changed' as const;

const id = z.uuid();
const role = z.enum(NETWORK_ROLES);
const phase = z.enum(ROUND_PHASES);

/** A membership (one role of one person) as events describe it. */
const membership = {
  membershipId: id,
  userId: id,
  role,
  /** the municipality the role is for; null for coordinators */
  municipalityId: id.nullable(),
};

/** A round's state after the change, as every round event carries it. */
const roundState = {
  roundId: id,
  title: z.string(),
  phase,
  /** optimistic-lock version: pass it as `expectedVersion` */
  version: z.number().int(),
  phaseDeadlines: z.partialRecord(phase, z.iso.datetime()),
};

/** A proposal's state after the change, as every interpretation event carries it. */
const proposalState = {
  proposalId: id,
  roundId: id,
  indicatorId: id,
  status: z.enum(PROPOSAL_STATUSES),
  text: z.string(),
  authorId: id,
};

/** The tally of a proposal after the change (libs/domain/src/consensus.ts). */
const tallyData = z.object({
  rule: z.enum(CONSENSUS_RULES),
  members: z.number().int(),
  agree: z.number().int(),
  abstain: z.number().int(),
  disagree: z.number().int(),
  block: z.number().int(),
  notResponded: z.number().int(),
  consensus: z.boolean(),
});

/** A meeting's state after the change, as every meeting event carries it. */
const meetingState = {
  meetingId: id,
  networkId: id,
  title: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().nullable(),
  status: z.enum(MEETING_STATUSES),
  /** optimistic-lock version: pass it as `expectedVersion` */
  version: z.number().int(),
};

/** A goal's state after the change, as every goal event carries it. */
const goalState = {
  goalId: id,
  networkId: id,
  title: z.string(),
  status: z.enum(GOAL_STATUSES),
  dueDate: z.iso.datetime().nullable(),
  baselineRoundId: id.nullable(),
};
/** Which comment of which thread, by whom. */
const commentState = { commentId: id, threadId: id, authorId: id };

export const presenceUserSchema = z.object({ id, displayName: z.string() });

interface EventDefinition<K extends RoomKind, S extends z.ZodObject, R extends keyof z.infer<S>> {
  summary: string;
  rooms: readonly K[];
  data: S;
  /** Fields only some members may see: absent from `data` for the others (per a visibility rule). */
  restricted?: readonly R[];
}

const define = <K extends RoomKind, S extends z.ZodObject, R extends keyof z.infer<S> & string = never>(
  definition: EventDefinition<K, S, R>,
) => definition;

export const ROOM_EVENTS = {
  'network.updated': define({
    summary: 'The network was renamed, or its description or follow-up interval changed.',
    rooms: ['network'],
    data: z.object({
      networkId: id,
      name: z.string(),
      description: z.string().nullable(),
      followUpIntervalDays: z.number().int().optional(),
    }),
  }),
  'municipality.added': define({
    summary: 'A municipality joined the network.',
    rooms: ['network'],
    data: z.object({ networkId: id, municipalityId: id, name: z.string(), code: z.string() }),
  }),
  'municipality.removed': define({
    summary:
      'A municipality left the network; the roles tied to it ended (each also as `member.removed`) ' +
      'and its open invitations were revoked.',
    rooms: ['network'],
    data: z.object({
      networkId: id,
      municipalityId: id,
      endedMembershipIds: z.array(id),
      revokedInvitationIds: z.array(id),
    }),
  }),
  'member.added': define({
    summary: 'Someone accepted an invitation and holds a new role.',
    rooms: ['network'],
    data: z.object({ ...membership, invitationId: id }),
  }),
  'member.changed': define({
    summary: 'A role or its municipality changed; `previous` is what it was.',
    rooms: ['network'],
    data: z.object({
      ...membership,
      previous: z.object({ role, municipalityId: id.nullable() }),
    }),
  }),
  'member.removed': define({
    summary:
      'A role ended: removed by a coordinator, left by its holder, or ended with its municipality. ' +
      "Sockets of the person are taken out of the network's rooms unless another role remains.",
    rooms: ['network'],
    data: z.object({ ...membership, reason: z.enum(['REMOVED', 'LEFT', 'MUNICIPALITY_REMOVED']) }),
  }),
  'invitation.created': define({
    summary: 'A coordinator invited someone (no e-mail address: only coordinators may see who).',
    rooms: ['network'],
    data: z.object({ invitationId: id, role, municipalityId: id.nullable() }),
  }),
  'invitation.resent': define({
    summary: 'An invitation got a new link and a new expiry.',
    rooms: ['network'],
    data: z.object({ invitationId: id, expiresAt: z.iso.datetime() }),
  }),
  'invitation.revoked': define({
    summary: 'An invitation was withdrawn.',
    rooms: ['network'],
    data: z.object({ invitationId: id }),
  }),
  'invitation.declined': define({
    summary: 'The invitee said no (from the link, signed in or not).',
    rooms: ['network'],
    data: z.object({ invitationId: id }),
  }),
  'invitation.mailUpdated': define({
    summary:
      "The invitation's e-mail went out, failed for good, or failed once and will be retried (`failedAt`).",
    rooms: ['network'],
    data: z.object({
      invitationId: id,
      mailStatus: z.enum(INVITATION_MAIL_STATUSES),
      failedAt: z.iso.datetime().nullable(),
    }),
  }),
  'municipalityGroup.saved': define({
    summary:
      'A coordinator created or changed a saved group of similar municipalities (for comparisons); ' +
      '`municipalityIds` is the whole group after the change.',
    rooms: ['network'],
    data: z.object({
      groupId: id,
      networkId: id,
      name: z.string(),
      municipalityIds: z.array(id),
      change: z.enum(['CREATED', 'UPDATED']),
    }),
  }),
  'municipalityGroup.deleted': define({
    summary: 'A coordinator deleted a saved group of municipalities.',
    rooms: ['network'],
    data: z.object({ groupId: id, networkId: id, name: z.string() }),
  }),
  'round.created': define({
    summary: 'A coordinator started a round (in DRAFT).',
    rooms: ['network'],
    data: z.object({ ...roundState, indicatorSetId: id }),
  }),
  'round.updated': define({
    summary: "A round's title or deadlines changed.",
    rooms: ['round', 'network'],
    data: z.object(roundState),
  }),
  'round.phaseChanged': define({
    summary: 'A round moved one phase forward, or one back with a reason.',
    rooms: ['round', 'network'],
    data: z.object({
      ...roundState,
      from: phase,
      to: phase,
      step: z.enum(['forward', 'back']),
      reason: z.string().nullable(),
    }),
  }),
  'answer.saved': define({
    summary: 'A municipality saved an answer (the shape is fixed by the contract).',
    rooms: ['round'],
    data: z.object({
      answerId: id,
      indicatorId: id,
      municipalityId: id,
      version: z.number().int(),
      status: z.enum(ANSWER_STATUSES),
      value: z.object({
        boolean: z.boolean().nullish(),
        number: z.number().nullish(),
        text: z.string().nullish(),
        choice: z.string().nullish(),
      }),
      comment: z.string().nullable(),
    }),
    restricted: ['value', 'comment'],
  }),
  'answers.submitted': define({
    summary:
      "A municipality submitted its answers (`partial`: with questions unanswered); the answers' status is now SUBMITTED.",
    rooms: ['round'],
    data: z.object({
      roundId: id,
      municipalityId: id,
      status: z.enum(ANSWER_STATUSES),
      answered: z.number().int(),
      total: z.number().int(),
      partial: z.boolean(),
    }),
  }),
  'answers.approved': define({
    summary: "The municipality's head approved its answers: they are locked until reopened.",
    rooms: ['round'],
    data: z.object({
      roundId: id,
      municipalityId: id,
      status: z.enum(ANSWER_STATUSES),
      answered: z.number().int(),
    }),
  }),
  'answers.reopened': define({
    summary: "The municipality's head reopened its answers for changes, with a reason.",
    rooms: ['round'],
    data: z.object({ roundId: id, municipalityId: id, status: z.enum(ANSWER_STATUSES), reason: z.string() }),
  }),
  'answers.imported': define({
    summary:
      "A municipality's answers were imported from a file in one go: counts only (no values, so everyone in the " +
      'round may get it); reload the answers you may see.',
    rooms: ['round'],
    data: z.object({
      roundId: id,
      municipalityId: id,
      created: z.number().int(),
      replaced: z.number().int(),
      unchanged: z.number().int(),
    }),
  }),
  'answers.lateWindow': define({
    summary: 'The coordinator let one municipality change its answers until `until`, outside ANSWERING.',
    rooms: ['round'],
    data: z.object({ roundId: id, municipalityId: id, until: z.iso.datetime() }),
  }),
  'interpretation.proposed': define({
    summary:
      'Someone proposed how a question is to be read (or the coordinator re-confirmed last year’s reading).',
    rooms: ['round'],
    data: z.object({ ...proposalState, createdAt: z.iso.datetime() }),
  }),
  'interpretation.updated': define({
    summary: 'A proposal was edited or withdrawn by its author, or superseded by a newer agreed one.',
    rooms: ['round'],
    data: z.object({ ...proposalState, change: z.enum(['EDITED', 'WITHDRAWN', 'SUPERSEDED']) }),
  }),
  'position.cast': define({
    summary:
      "A municipality took (or changed) its position on a proposal; `tally` is the proposal's new count.",
    rooms: ['round'],
    data: z.object({
      proposalId: id,
      roundId: id,
      indicatorId: id,
      municipalityId: id,
      userId: id,
      stance: z.enum(STANCES),
      reason: z.string().nullable(),
      tally: tallyData,
    }),
  }),
  'interpretation.resolved': define({
    summary:
      'The coordinator recorded the outcome (AGREED or REJECTED, with the statement and review date); ' +
      'an earlier agreed proposal on the question is listed in `supersededIds`.',
    rooms: ['round'],
    data: z.object({
      ...proposalState,
      outcome: z.string().nullable(),
      reviewBy: z.iso.date().nullable(),
      supersededIds: z.array(id),
    }),
  }),
  'goal.created': define({
    summary: 'A coordinator proposed a development goal (from a round’s results, or at network level).',
    rooms: ['network', 'goal'],
    data: z.object({ ...goalState, indicatorIds: z.array(id) }),
  }),
  'goal.updated': define({
    summary:
      'A goal was edited (title, description, target, due date, linked indicators) or changed status ' +
      '(`change`: EDITED or STATUS, with `reason`).',
    rooms: ['network', 'goal'],
    data: z.object({
      ...goalState,
      indicatorIds: z.array(id),
      change: z.enum(['EDITED', 'STATUS']),
      previousStatus: z.enum(GOAL_STATUSES).nullable(),
      reason: z.string().nullable(),
    }),
  }),
  'goal.committed': define({
    summary:
      "A municipality's head committed it to a goal (with a plan and an owner) or declined (with a reason); " +
      'a later call replaces the earlier answer.',
    rooms: ['network', 'goal'],
    data: z.object({
      goalId: id,
      networkId: id,
      commitmentId: id,
      municipalityId: id,
      status: z.enum(COMMITMENT_STATUSES),
      plan: z.string().nullable(),
      ownerId: id.nullable(),
      declineReason: z.string().nullable(),
    }),
  }),
  'goal.progressReported': define({
    summary:
      "A municipality's head or editor reported progress on a committed goal; `doneShare` is the goal's new " +
      'share of committed municipalities DONE.',
    rooms: ['network', 'goal'],
    data: z.object({
      goalId: id,
      networkId: id,
      progressId: id,
      municipalityId: id,
      status: z.enum(PROGRESS_STATUSES),
      note: z.string().nullable(),
      value: z.number().nullable(),
      reportedById: id,
      reportedAt: z.iso.datetime(),
      doneShare: z.number(),
    }),
  }),
  'milestone.updated': define({
    summary: "A coordinator added, changed, marked done (or undone) or deleted one of a goal's milestones.",
    rooms: ['network', 'goal'],
    data: z.object({
      goalId: id,
      networkId: id,
      milestoneId: id,
      title: z.string(),
      dueDate: z.iso.datetime().nullable(),
      done: z.boolean(),
      doneById: id.nullable(),
      change: z.enum(['ADDED', 'UPDATED', 'DONE', 'REOPENED', 'DELETED']),
    }),
  }),
  'localMeasure.updated': define({
    summary:
      'A municipality added a local follow-up measure to its commitment, or recorded a value of one (`valueId`).',
    rooms: ['goal'],
    data: z.object({
      goalId: id,
      commitmentId: id,
      municipalityId: id,
      measureId: id,
      name: z.string(),
      unit: z.string().nullable(),
      valueId: id.nullable(),
      value: z.number().nullable(),
      measuredOn: z.iso.date().nullable(),
    }),
  }),
  'comment.posted': define({
    summary:
      'Someone commented in the thread (`replyToId`: the comment it answers); `mentionedUserIds` are the members ' +
      'the body mentions.',
    rooms: ['thread'],
    data: z.object({
      ...commentState,
      replyToId: id.nullable(),
      body: z.string(),
      mentionedUserIds: z.array(id),
      createdAt: z.iso.datetime(),
    }),
  }),
  'comment.edited': define({
    summary: 'The author changed a comment (the earlier text stays in its history).',
    rooms: ['thread'],
    data: z.object({
      ...commentState,
      body: z.string(),
      mentionedUserIds: z.array(id),
      editedAt: z.iso.datetime(),
    }),
  }),
  'comment.removed': define({
    summary:
      'A comment was deleted by its author (REMOVED) or hidden by a coordinator with a reason (HIDDEN); ' +
      'it stays in place as "comment removed".',
    rooms: ['thread'],
    data: z.object({
      ...commentState,
      status: z.enum(['REMOVED', 'HIDDEN']),
      hiddenReason: z.string().nullable(),
    }),
  }),
  'meeting.created': define({
    summary: 'A coordinator planned a network meeting.',
    rooms: ['network'],
    data: z.object({ ...meetingState }),
  }),
  'meeting.updated': define({
    summary:
      'A meeting changed (`change`: DETAILS — title, time, place, link, status or agenda; MINUTES; DECISIONS); ' +
      'refetch it for the text.',
    rooms: ['network'],
    data: z.object({ ...meetingState, change: z.enum(['DETAILS', 'MINUTES', 'DECISIONS']) }),
  }),
  'meeting.deleted': define({
    summary: 'A coordinator deleted a meeting (its agenda, minutes and decisions with it).',
    rooms: ['network'],
    data: z.object({ meetingId: id, networkId: id }),
  }),
  'thread.activity': define({
    summary:
      "A notice to the discussed subject's room that one of its threads changed (a comment posted, edited or " +
      'removed): refresh the thread list or its count; follow `thread:<threadId>` for the comments.',
    rooms: ['network', 'round', 'goal'],
    data: z.object({
      threadId: id,
      subjectType: z.enum(SUBJECT_TYPES),
      subjectId: z.string(),
      commentId: id,
      change: z.enum(['POSTED', 'EDITED', 'REMOVED']),
    }),
  }),
  'notification.created': define({
    summary:
      "Something new for the room's person (a mention, a reply in a followed thread, …): the bell counts it. " +
      '`link` is the web path of its target.',
    rooms: ['user'],
    data: z.object({
      notificationId: id,
      kind: z.enum(NOTIFICATION_KINDS),
      networkId: id,
      subjectType: z.enum(NOTIFICATION_SUBJECT_TYPES),
      subjectId: id,
      link: z.string(),
      title: z.string(),
      createdAt: z.iso.datetime(),
    }),
  }),
  'notifications.read': define({
    summary:
      'The person marked notifications read (in another tab, say): `notificationIds` (empty with `all`), and the ' +
      'unread count after the change.',
    rooms: ['user'],
    data: z.object({ notificationIds: z.array(id), all: z.boolean(), unread: z.number().int() }),
  }),
  [PRESENCE_CHANGED]: define({
    summary: `Who views the room now: one entry per person, sorted by name, at most ${PRESENCE_LIST_LIMIT} listed.`,
    rooms: SHARED_ROOM_KINDS,
    data: z.object({
      users: z.array(presenceUserSchema).max(PRESENCE_LIST_LIMIT),
      total: z.number().int(),
      /** Only the viewers on one server: Redis, which shares them across servers, was unreachable. */
      partial: z.literal(true).optional(),
    }),
  }),
};

type Catalogue = typeof ROOM_EVENTS;
export type RoomEventType = keyof Catalogue;
export const ROOM_EVENT_TYPES = Object.keys(ROOM_EVENTS) as RoomEventType[];

export const isRoomEventType = (type: unknown): type is RoomEventType =>
  typeof type === 'string' && Object.hasOwn(ROOM_EVENTS, type);

/** `data` of an event as its publisher writes it. */
export type RoomEventData<T extends RoomEventType> = z.infer<Catalogue[T]['data']>;

/** The fields of `data` that may be withheld from some members (never for most types). */
export type RestrictedField<T extends RoomEventType> = Catalogue[T] extends {
  restricted?: readonly (infer F)[];
}
  ? F & keyof RoomEventData<T>
  : never;

/** `data` as a member receives it: restricted fields may be absent. */
export type DeliveredData<T extends RoomEventType> = [RestrictedField<T>] extends [never]
  ? RoomEventData<T>
  : Omit<RoomEventData<T>, RestrictedField<T>> & Partial<Pick<RoomEventData<T>, RestrictedField<T>>>;

/** The rooms an event type may be published to. */
export type RoomOf<T extends RoomEventType> = RoomName<Catalogue[T]['rooms'][number]>;

/**
 * One change in a room, as delivered by `event` and returned by `replay`: a union over the
 * catalogue, so checking `type` narrows `data` (`if (event.type === 'network.updated') event.data.name`).
 */
export type RoomEventMessage<T extends RoomEventType = RoomEventType> = {
  [K in T]: {
    seq: number;
    room: string;
    type: K;
    /** ISO timestamp. */
    at: string;
    actorId: string | null;
    data: DeliveredData<K>;
  };
}[T];

export type PresenceUser = z.infer<typeof presenceUserSchema>;
/** `data` of `presence.changed`: who views the room now (sorted by name; capped, see `total`). */
export type PresenceData = RoomEventData<typeof PRESENCE_CHANGED>;

/** The fields of the type's `data` that some members may not see (usually none). */
export function restrictedFields(type: RoomEventType): readonly string[] {
  const definition: { restricted?: readonly string[] } = ROOM_EVENTS[type];
  return definition.restricted ?? [];
}

/**
 * Checks an event's `data` as delivered against the catalogue: restricted fields may be missing,
 * unknown fields may not.
 */
export function deliveredDataSchema(type: RoomEventType): z.ZodObject {
  const definition: { data: z.ZodObject } = ROOM_EVENTS[type];
  const restricted = restrictedFields(type);
  const data = definition.data.strict();
  return restricted.length
    ? data.partial(Object.fromEntries(restricted.map((field) => [field, true as const])) as never)
    : data;
}
