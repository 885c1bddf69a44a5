import { Answer } from '../answers/answer.entity.js';
import { AnswerChange } from '../answers/answer-change.entity.js';
import { AnswerSubmission } from '../answers/answer-submission.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { MunicipalityGroup, MunicipalityGroupMember } from '../comparisons/municipality-group.entity.js';
import { Comment, CommentMention, CommentRevision } from '../discussions/comments/comment.entity.js';
import { Thread } from '../discussions/threads/thread.entity.js';
import { ThreadFollower } from '../discussions/threads/thread-follower.entity.js';
import { Indicator } from '../catalogue/indicator.entity.js';
import { Commitment } from '../goals/commitments/commitment.entity.js';
import { LocalMeasure, LocalMeasureValue } from '../goals/commitments/local-measure.entity.js';
import { Goal, GoalIndicator, GoalStatusChange } from '../goals/goal.entity.js';
import { Milestone } from '../goals/milestones/milestone.entity.js';
import { GoalReminder } from '../goals/reminders/reminder.entity.js';
import { Notification } from '../notifications/inbox/notification.entity.js';
import { NotificationPreference } from '../notifications/preferences/notification-preference.entity.js';
import { NotificationDigest } from '../notifications/digest/notification-digest.entity.js';
import { ProgressUpdate } from '../goals/progress/progress-update.entity.js';
import { IndicatorReferenceValue } from '../catalogue/indicator-reference-value.entity.js';
import { IndicatorSet } from '../catalogue/indicator-set.entity.js';
import { RefreshToken } from '../identity/refresh-token.entity.js';
import { Session } from '../identity/session.entity.js';
import { User } from '../identity/user.entity.js';
import { InterpretationPosition } from '../interpretations/interpretation-position.entity.js';
import { InterpretationProposal } from '../interpretations/interpretation-proposal.entity.js';
import { Invitation } from '../networks/invitations/invitation.entity.js';
import { Membership } from '../networks/members/membership.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { NetworkMunicipality } from '../networks/network-municipality.entity.js';
import { Network } from '../networks/network.entity.js';
import { Meeting, MeetingAgendaItem, MeetingDecision } from '../meetings/meeting.entity.js';
import { QueuedRoomEvent } from '../realtime/queued-room-event.entity.js';
import { RoomEvent } from '../realtime/room-event.entity.js';
import { RoomSequence } from '../realtime/room-sequence.entity.js';
import { RoundPhaseChange } from '../rounds/round-phase-change.entity.js';
import { Round } from '../rounds/round.entity.js';

/** Every entity, as class references (TypeORM cannot glob ESM modules). */
export const entities = [
  User,
  Session,
  RefreshToken,
  Municipality,
  Network,
  NetworkMunicipality,
  Membership,
  Invitation,
  AuditEntry,
  IndicatorSet,
  Indicator,
  IndicatorReferenceValue,
  Round,
  RoundPhaseChange,
  Answer,
  AnswerSubmission,
  AnswerChange,
  InterpretationProposal,
  InterpretationPosition,
  RoomEvent,
  QueuedRoomEvent,
  RoomSequence,
  MunicipalityGroup,
  MunicipalityGroupMember,
  Goal,
  GoalIndicator,
  GoalStatusChange,
  Milestone,
  GoalReminder,
  Commitment,
  LocalMeasure,
  LocalMeasureValue,
  ProgressUpdate,
  Thread,
  ThreadFollower,
  Comment,
  CommentRevision,
  CommentMention,
  Notification,
  NotificationPreference,
  NotificationDigest,
  Meeting,
  MeetingAgendaItem,
  MeetingDecision,
];
