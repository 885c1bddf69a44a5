import { answerValueProblem, filledValue, type RoomEventData, type saveAnswerSchema } from '@samrad/domain';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { preparedQuery } from '../common/loaders.js';
import type { AuthUser } from '../common/request-context.js';
import type { Indicator } from '../catalogue/indicator.entity.js';
import { restrictedJson } from '../realtime/event-log.service.js';
import { roomName } from '../realtime/room-event.js';
import { ANSWER_COLUMNS } from './answer-row.js';
import { answersVisibleIn } from './answers-visibility.js';
import type { AnswerType } from './answers.types.js';

/** What checking a value needs of its question. */
export type IndicatorRule = Pick<Indicator, 'code' | 'answerType' | 'options'>;

/** Enough for every question of many rounds; past it the process starts over (each is one save's read). */
const MAX_KEPT_RULES = 50_000;

/**
 * The questions' answer rules this process has read. A question never changes once imported (its set is
 * versioned instead), so what was read stays true; the full save fills it.
 */
export class IndicatorRules {
  private readonly rules = new Map<string, IndicatorRule>();

  get(indicatorId: string): IndicatorRule | undefined {
    return this.rules.get(indicatorId);
  }

  remember(indicatorId: string, rule: IndicatorRule): void {
    if (this.rules.size >= MAX_KEPT_RULES) this.rules.clear();
    this.rules.set(indicatorId, rule);
  }
}

/**
 * The usual save, an existing answer changed at the version its editor saw, in one statement: no BEGIN
 * and COMMIT round trips, no transaction of TypeORM's (autosave makes a save the most frequent write,
 * and its round trips were most of its cost). The statement takes the full save's locks in the full
 * save's order (round and status row FOR SHARE, then the answer FOR UPDATE; LATERAL fixes the order),
 * writes the answer, its history row and its queued `answer.saved` event, and writes nothing unless
 * every rule of the full save holds: answering open (`answeringOpen`: ANSWERING, or a late window not
 * yet over), the answers not APPROVED, the answer at `expectedVersion` and the value or comment changed.
 *
 * Returns undefined when it wrote nothing; the caller then runs the full save, which decides with the
 * rules of libs/domain and says why (or creates the answer, or returns it unchanged). The value is
 * checked here first by the question's rule, when this process has read it.
 */
export async function saveInOneStatement(
  dataSource: DataSource,
  rules: IndicatorRules,
  actor: AuthUser,
  input: z.output<typeof saveAnswerSchema>,
): Promise<AnswerType | undefined> {
  const rule = rules.get(input.indicatorId);
  if (input.expectedVersion == null || !rule) return undefined;
  if (answerValueProblem(rule.answerType, rule.options, input.value)) return undefined;
  const value = filledValue(input.value);
  // the event as the full save records it; the statement adds the answer's id and status
  const data: Omit<RoomEventData<'answer.saved'>, 'answerId' | 'status'> = {
    indicatorId: input.indicatorId,
    municipalityId: input.municipalityId,
    version: input.expectedVersion + 1,
    value,
    comment: input.comment,
  };
  const restricted = restrictedJson({
    type: 'answer.saved',
    visibleTo: answersVisibleIn(input.roundId, input.municipalityId),
  });
  const [saved] = await preparedQuery<AnswerType>(dataSource, 'answers.save.oneStatement', STATEMENT, [
    input.roundId,
    input.municipalityId,
    input.indicatorId,
    value.boolean,
    value.number,
    value.text,
    value.choice,
    input.comment,
    actor.id,
    input.expectedVersion,
    JSON.stringify(value),
    roomName('round', input.roundId),
    JSON.stringify(data),
    restricted,
  ]);
  return saved;
}

const STATEMENT = `
  WITH target AS MATERIALIZED (
    SELECT s.status AS submission_status, a.*
      FROM (SELECT id, phase FROM rounds WHERE id = $1 FOR SHARE) r
      JOIN LATERAL (
        SELECT status, late_until FROM answer_submissions
         WHERE round_id = r.id AND municipality_id = $2 FOR SHARE
      ) s ON true
      JOIN LATERAL (
        SELECT a.id, a.version, a.value_boolean, a.value_number, a.value_text, a.value_choice, a.comment, a.status
          FROM answers a
         WHERE a.round_id = r.id AND a.municipality_id = $2 AND a.indicator_id = $3 AND s.status IS NOT NULL
           FOR UPDATE
      ) a ON true
     WHERE (r.phase = 'ANSWERING' OR s.late_until > now()) AND s.status <> 'APPROVED' AND a.version = $10
       AND NOT (a.value_boolean IS NOT DISTINCT FROM $4::boolean AND a.value_number IS NOT DISTINCT FROM $5::float8
                AND a.value_text IS NOT DISTINCT FROM $6::text AND a.value_choice IS NOT DISTINCT FROM $7::text
                AND a.comment IS NOT DISTINCT FROM $8::text)
  ), saved AS (
    UPDATE answers a SET value_boolean = $4, value_number = $5, value_text = $6, value_choice = $7, comment = $8,
           status = t.submission_status, updated_by_id = $9, updated_at = now(), version = a.version + 1
      FROM target t
     WHERE a.id = t.id
    RETURNING ${ANSWER_COLUMNS}
  ), history AS (
    INSERT INTO answer_history (answer_id, version, kind, old_value, new_value, old_comment, new_comment,
                                old_status, new_status, actor_id)
    SELECT s.id, s.version, 'SAVED',
           jsonb_build_object('boolean', t.value_boolean, 'number', t.value_number, 'text', t.value_text,
                              'choice', t.value_choice),
           $11::jsonb, t.comment, s.comment, t.status, s.status, s."updatedById"
      FROM saved s JOIN target t ON t.id = s.id
  ), queued AS (
    INSERT INTO room_event_queue (room, type, actor_id, data, restricted)
    SELECT $12, 'answer.saved', $9, $13::jsonb || jsonb_build_object('answerId', id, 'status', status), $14::jsonb
      FROM saved
  )
  SELECT * FROM saved`;
