import { Injectable } from '@nestjs/common';
import {
  answeringOpen,
  answerValueProblem,
  filledValue,
  type AnswerStatus,
  type saveAnswerSchema,
} from '@samrad/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { badInput, conflict, notFound, phaseClosed } from '../common/app-error.js';
import { preparedQueryIn } from '../common/loaders.js';
import type { AuthUser } from '../common/request-context.js';
import { Indicator } from '../catalogue/indicator.entity.js';
import { roomName } from '../realtime/room-event.js';
import { UnitOfWork, type Transaction } from '../realtime/unit-of-work.service.js';
import { Round } from '../rounds/round.entity.js';
import { answersVisibleIn } from './answers-visibility.js';
import { ANSWER_COLUMNS, sameValue, valueOf } from './answer-row.js';
import type { AnswerType } from './answers.types.js';
import { IndicatorRules, saveInOneStatement } from './save-in-one-statement.js';

/** A save's history row from its `saved` row; the old value, new value, old comment and old status are $first… */
const savedHistory = (first: number) =>
  `INSERT INTO answer_history (answer_id, version, kind, old_value, new_value, old_comment, new_comment,
                               old_status, new_status, actor_id)
   SELECT id, version, 'SAVED', $${first}::jsonb, $${first + 1}::jsonb, $${first + 2}::text, comment,
          $${first + 3}::text, status, "updatedById" FROM saved`;

interface SaveTargetRow {
  roundId: string;
  phase: Round['phase'];
  indicatorSetId: string;
  indicatorId: string | null;
  code: string;
  answerType: Indicator['answerType'];
  options: string[] | null;
  submissionStatus: AnswerStatus | null;
  lateUntil: Date | null;
  answer: AnswerType | null;
}

export interface SubmissionRow {
  status: AnswerStatus;
  late_until: Date | null;
}

/**
 * Answers and their status per municipality. Every write runs under the municipality's
 * submission row lock (FOR SHARE for saves, FOR UPDATE for submit/approve/reopen) and the round's
 * FOR SHARE, so a save never slips past an approval or a phase change; an answer row is locked
 * FOR UPDATE before its version is compared, so of concurrent saves on one version one wins.
 */
@Injectable()
export class AnswersService {
  private readonly indicatorRules = new IndicatorRules();

  constructor(
    private readonly uow: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * An existing answer changed at the version its editor saw is one statement (`saveInOneStatement`);
   * everything else, and every refusal, is the full save below, which decides and says why.
   */
  async save(actor: AuthUser, input: z.output<typeof saveAnswerSchema>): Promise<AnswerType> {
    const saved = await saveInOneStatement(this.dataSource, this.indicatorRules, actor, input);
    if (saved) {
      await this.uow.announce([roomName('round', input.roundId)]);
      return saved;
    }
    return this.fullSave(actor, input);
  }

  private async fullSave(actor: AuthUser, input: z.output<typeof saveAnswerSchema>): Promise<AnswerType> {
    return this.uow.run(async ({ manager, record }) => {
      const target = await this.lockForSave(manager, input);
      const { round, indicator, existing } = target;
      const problem = answerValueProblem(indicator.answerType, indicator.options, input.value);
      if (problem)
        throw badInput(`${indicator.code}: ${problem}`, {
          indicatorCode: indicator.code,
          rule: indicator.answerType,
          problems: [{ path: 'value', message: problem }],
        });
      const value = filledValue(input.value);
      if (!answeringOpen(round.phase, target.submission.late_until))
        throw phaseClosed(
          `Answers change while the round is in ANSWERING (or in a late window the coordinator grants); the round is in ${round.phase}`,
        );
      if (target.submission.status === 'APPROVED')
        throw conflict('The answers are approved: the head must reopen them before they can change', {
          reason: 'APPROVED',
        });
      const status: AnswerStatus = target.submission.status;

      let saved: AnswerType;
      // the answer and its history row in one statement (a save is many small requests: round trips count)
      const historyParams = [
        existing ? JSON.stringify(valueOf(existing)) : null,
        JSON.stringify(value),
        existing?.comment ?? null,
        existing?.status ?? null,
      ];
      if (existing) {
        if (input.expectedVersion == null || input.expectedVersion !== existing.version)
          throw await this.stale(
            manager,
            existing,
            input.expectedVersion == null ? 'VERSION_REQUIRED' : 'STALE',
          );
        if (sameValue(existing, value) && existing.comment === input.comment) return existing;
        [saved] = await preparedQueryIn<AnswerType>(
          manager,
          'answers.save.update',
          `WITH saved AS (
             UPDATE answers a SET value_boolean = $2, value_number = $3, value_text = $4, value_choice = $5,
                    comment = $6, status = $7, updated_by_id = $8, updated_at = now(), version = version + 1
              WHERE a.id = $1 RETURNING ${ANSWER_COLUMNS}
           ), history AS (${savedHistory(9)})
           SELECT * FROM saved`,
          [
            existing.id,
            value.boolean,
            value.number,
            value.text,
            value.choice,
            input.comment,
            status,
            actor.id,
            ...historyParams,
          ],
        );
      } else {
        if (input.expectedVersion != null && input.expectedVersion !== 0)
          throw conflict('The answer you edited does not exist', { reason: 'STALE', current: null });
        const inserted = await preparedQueryIn<AnswerType>(
          manager,
          'answers.save.insert',
          `WITH saved AS (
             INSERT INTO answers AS a (round_id, municipality_id, indicator_id, value_boolean, value_number,
                    value_text, value_choice, comment, status, updated_by_id, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)
             ON CONFLICT (round_id, municipality_id, indicator_id) DO NOTHING
             RETURNING ${ANSWER_COLUMNS}
           ), history AS (${savedHistory(11)})
           SELECT * FROM saved`,
          [
            round.id,
            input.municipalityId,
            indicator.id,
            value.boolean,
            value.number,
            value.text,
            value.choice,
            input.comment,
            status,
            actor.id,
            ...historyParams,
          ],
        );
        if (!inserted[0]) {
          // someone else created it first: their answer is the current one
          const [current] = (await manager.query(
            `SELECT ${ANSWER_COLUMNS} FROM answers a
              WHERE a.round_id = $1 AND a.municipality_id = $2 AND a.indicator_id = $3`,
            [round.id, input.municipalityId, indicator.id],
          )) as AnswerType[];
          throw await this.stale(manager, current, 'STALE');
        }
        saved = inserted[0];
      }
      await record({
        actorId: actor.id,
        events: [
          {
            room: roomName('round', round.id),
            type: 'answer.saved',
            data: {
              answerId: saved.id,
              indicatorId: saved.indicatorId,
              municipalityId: saved.municipalityId,
              version: saved.version,
              status: saved.status,
              value,
              comment: saved.comment,
            },
            visibleTo: answersVisibleIn(round.id, saved.municipalityId),
          },
        ],
      });
      return saved;
    });
  }

  /**
   * What a save checks, locked in one statement and in the same order as every other write of
   * answers: the round FOR SHARE (its phase cannot move), the municipality's status row FOR SHARE
   * (no submit or approval slips past), then the answer FOR UPDATE (of concurrent saves on one
   * version one wins). The LATERAL references fix that order; the answer is read only when the
   * status row exists, which the first save of a municipality creates and then reads again.
   */
  private async lockForSave(
    manager: EntityManager,
    input: z.output<typeof saveAnswerSchema>,
  ): Promise<{
    round: Pick<Round, 'id' | 'phase' | 'indicatorSetId'>;
    indicator: Pick<Indicator, 'id' | 'code' | 'answerType' | 'options'>;
    submission: SubmissionRow;
    existing: AnswerType | undefined;
  }> {
    for (;;) {
      const [row] = await preparedQueryIn<SaveTargetRow>(
        manager,
        'answers.save.lock',
        `SELECT r.id AS "roundId", r.phase, r.indicator_set_id AS "indicatorSetId",
                i.id AS "indicatorId", i.code, i.answer_type AS "answerType", i.options,
                s.status AS "submissionStatus", s.late_until AS "lateUntil", to_jsonb(a) AS answer
           FROM (SELECT id, phase, indicator_set_id FROM rounds WHERE id = $1 FOR SHARE) r
           LEFT JOIN indicators i ON i.id = $3 AND i.indicator_set_id = r.indicator_set_id
           LEFT JOIN LATERAL (
             SELECT status, late_until FROM answer_submissions
              WHERE round_id = r.id AND municipality_id = $2 FOR SHARE
           ) s ON true
           LEFT JOIN LATERAL (
             SELECT ${ANSWER_COLUMNS} FROM answers a
              WHERE a.round_id = r.id AND a.municipality_id = $2 AND a.indicator_id = i.id
                AND s.status IS NOT NULL
                FOR UPDATE
           ) a ON true`,
        [input.roundId, input.municipalityId, input.indicatorId],
      );
      if (!row) throw notFound('Round');
      if (!row.indicatorId)
        throw badInput('The question is not part of this round', {
          problems: [{ path: 'indicatorId', message: 'Not a question of this round' }],
        });
      this.indicatorRules.remember(row.indicatorId, {
        code: row.code,
        answerType: row.answerType,
        options: row.options,
      });
      if (!row.submissionStatus) {
        await this.ensureSubmission(manager, row.roundId, input.municipalityId);
        continue;
      }
      return {
        round: { id: row.roundId, phase: row.phase, indicatorSetId: row.indicatorSetId },
        indicator: { id: row.indicatorId, code: row.code, answerType: row.answerType, options: row.options },
        submission: { status: row.submissionStatus, late_until: row.lateUntil },
        // read as JSON: its timestamp comes back as text
        existing: row.answer ? { ...row.answer, updatedAt: new Date(row.answer.updatedAt) } : undefined,
      };
    }
  }

  /**
   * DRAFT → SUBMITTED for all of the municipality's answers at once. Unanswered questions refuse
   * it (listed in the error) unless `partial`.
   */
  async submit(actor: AuthUser, roundId: string, municipalityId: string, partial: boolean) {
    return this.uow.run(async (tx) => {
      const { manager } = tx;
      const round = await this.lockRound(manager, roundId);
      const submission = await this.lockSubmission(manager, round, municipalityId, 'FOR UPDATE');
      if (submission.status !== 'DRAFT')
        throw conflict(`The answers are already ${submission.status}`, { reason: submission.status });
      const unanswered = (await manager.query(
        `SELECT i.id AS "indicatorId", i.code, i.text FROM indicators i
          WHERE i.indicator_set_id = $1
            AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.round_id = $2 AND a.municipality_id = $3
                                                        AND a.indicator_id = i.id)
          ORDER BY i.position`,
        [round.indicatorSetId, round.id, municipalityId],
      )) as { indicatorId: string; code: string; text: string }[];
      const [{ total }] = (await manager.query(
        `SELECT count(*)::int AS total FROM indicators WHERE indicator_set_id = $1`,
        [round.indicatorSetId],
      )) as { total: number }[];
      if (unanswered.length === total)
        throw conflict('Nothing is answered yet: there is nothing to submit', {
          reason: 'NOTHING_ANSWERED',
          unanswered,
        });
      if (unanswered.length > 0 && !partial)
        throw conflict(`${unanswered.length} of ${total} questions are unanswered`, {
          reason: 'UNANSWERED',
          unanswered,
        });
      const answers = await this.moveStatus(tx, actor, round, municipalityId, 'SUBMITTED', null);
      await manager.query(
        `UPDATE answer_submissions SET status = 'SUBMITTED', submitted_at = now(), submitted_by_id = $3,
                first_submitted_at = coalesce(first_submitted_at, now())
          WHERE round_id = $1 AND municipality_id = $2`,
        [round.id, municipalityId, actor.id],
      );
      await tx.record({
        actorId: actor.id,
        audit: this.audit(round, 'answers.submitted', municipalityId, {
          answered: answers.length,
          total,
          partial,
        }),
        events: [
          {
            room: roomName('round', round.id),
            type: 'answers.submitted',
            data: {
              roundId: round.id,
              municipalityId,
              status: 'SUBMITTED',
              answered: answers.length,
              total,
              partial: unanswered.length > 0,
            },
          },
        ],
      });
      return answers;
    });
  }

  /** SUBMITTED → APPROVED by the head: the values lock. */
  async approve(actor: AuthUser, roundId: string, municipalityId: string) {
    return this.uow.run(async (tx) => {
      const round = await this.lockRound(tx.manager, roundId);
      const submission = await this.lockSubmission(tx.manager, round, municipalityId, 'FOR UPDATE');
      if (submission.status !== 'SUBMITTED')
        throw conflict(
          submission.status === 'APPROVED'
            ? 'The answers are already approved'
            : 'Submit the answers before approving them',
          { reason: submission.status === 'APPROVED' ? 'APPROVED' : 'NOT_SUBMITTED' },
        );
      const answers = await this.moveStatus(tx, actor, round, municipalityId, 'APPROVED', null);
      await tx.manager.query(
        `UPDATE answer_submissions SET status = 'APPROVED', approved_at = now(), approved_by_id = $3
          WHERE round_id = $1 AND municipality_id = $2`,
        [round.id, municipalityId, actor.id],
      );
      await tx.record({
        actorId: actor.id,
        audit: this.audit(round, 'answers.approved', municipalityId, { answered: answers.length }),
        events: [
          {
            room: roomName('round', round.id),
            type: 'answers.approved',
            data: { roundId: round.id, municipalityId, status: 'APPROVED', answered: answers.length },
          },
        ],
      });
      return answers;
    });
  }

  /** SUBMITTED or APPROVED → DRAFT by the head, with a reason kept in every answer's history. */
  async reopen(actor: AuthUser, roundId: string, municipalityId: string, reason: string) {
    return this.uow.run(async (tx) => {
      const round = await this.lockRound(tx.manager, roundId);
      const submission = await this.lockSubmission(tx.manager, round, municipalityId, 'FOR UPDATE');
      if (submission.status === 'DRAFT')
        throw conflict('The answers are not submitted: there is nothing to reopen', { reason: 'DRAFT' });
      const answers = await this.moveStatus(tx, actor, round, municipalityId, 'DRAFT', reason);
      await tx.manager.query(
        `UPDATE answer_submissions SET status = 'DRAFT', approved_at = NULL, approved_by_id = NULL
          WHERE round_id = $1 AND municipality_id = $2`,
        [round.id, municipalityId],
      );
      await tx.record({
        actorId: actor.id,
        audit: this.audit(round, 'answers.reopened', municipalityId, { reason, from: submission.status }),
        events: [
          {
            room: roomName('round', round.id),
            type: 'answers.reopened',
            data: { roundId: round.id, municipalityId, status: 'DRAFT', reason },
          },
        ],
      });
      return answers;
    });
  }

  /** The coordinator lets one municipality change its answers until `until`, whatever the phase. */
  async grantLateWindow(actor: AuthUser, roundId: string, municipalityId: string, until: Date) {
    return this.uow.run(async ({ manager, record }) => {
      const round = await this.lockRound(manager, roundId);
      await this.ensureSubmission(manager, round.id, municipalityId);
      await manager.query(
        `UPDATE answer_submissions SET late_until = $3 WHERE round_id = $1 AND municipality_id = $2`,
        [round.id, municipalityId, until],
      );
      await record({
        actorId: actor.id,
        audit: this.audit(round, 'answers.lateWindowGranted', municipalityId, { until: until.toISOString() }),
        events: [
          {
            room: roomName('round', round.id),
            type: 'answers.lateWindow',
            data: { roundId: round.id, municipalityId, until: until.toISOString() },
          },
        ],
      });
      return round;
    });
  }

  /** Moves every answer of the municipality to `status`, one history row each, in one statement each. */
  private async moveStatus(
    { manager }: Transaction,
    actor: AuthUser,
    round: Round,
    municipalityId: string,
    status: AnswerStatus,
    reason: string | null,
  ): Promise<AnswerType[]> {
    const kind = status === 'DRAFT' ? 'REOPENED' : status;
    await manager.query(
      `INSERT INTO answer_history (answer_id, version, kind, old_status, new_status, reason, actor_id)
       SELECT id, version, $3, status, $4, $5, $6 FROM answers WHERE round_id = $1 AND municipality_id = $2`,
      [round.id, municipalityId, kind, status, reason, actor.id],
    );
    const [rows] = (await manager.query(
      `UPDATE answers a SET status = $3 WHERE a.round_id = $1 AND a.municipality_id = $2
       RETURNING ${ANSWER_COLUMNS}`,
      [round.id, municipalityId, status],
    )) as [AnswerType[], number];
    return rows;
  }

  private audit(round: Round, action: string, municipalityId: string, after: Record<string, unknown>) {
    return {
      networkId: round.networkId,
      action,
      subjectType: 'ROUND',
      subjectId: round.id,
      after: { municipalityId, ...after },
    };
  }

  /** CONFLICT carrying the current answer, so the web can offer "keep mine / take theirs". */
  private async stale(manager: EntityManager, current: AnswerType, reason: 'STALE' | 'VERSION_REQUIRED') {
    const [user] = current.updatedById
      ? ((await manager.query(`SELECT id, display_name AS "displayName" FROM users WHERE id = $1`, [
          current.updatedById,
        ])) as { id: string; displayName: string }[])
      : [];
    return conflict(
      reason === 'STALE'
        ? 'Someone else changed this answer after you opened it'
        : 'This answer already exists: send the version you changed (expectedVersion)',
      {
        reason,
        current: {
          answerId: current.id,
          value: valueOf(current),
          comment: current.comment,
          status: current.status,
          version: current.version,
          updatedAt: new Date(current.updatedAt).toISOString(),
          updatedBy: user ?? null,
        },
      },
    );
  }

  /** The round, FOR SHARE: its phase cannot move under a write. */
  async lockRound(manager: EntityManager, roundId: string): Promise<Round> {
    const round = await manager
      .getRepository(Round)
      .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_read' } });
    if (!round) throw notFound('Round');
    return round;
  }

  private async ensureSubmission(manager: EntityManager, roundId: string, municipalityId: string) {
    await manager.query(
      `INSERT INTO answer_submissions (round_id, municipality_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [roundId, municipalityId],
    );
  }

  /** The municipality's status row, locked; PHASE_CLOSED unless answering is open for it. */
  async lockSubmission(
    manager: EntityManager,
    round: Round,
    municipalityId: string,
    lock: 'FOR SHARE' | 'FOR UPDATE',
  ): Promise<SubmissionRow> {
    const select = async () =>
      (
        (await manager.query(
          `SELECT status, late_until FROM answer_submissions WHERE round_id = $1 AND municipality_id = $2 ${lock}`,
          [round.id, municipalityId],
        )) as SubmissionRow[]
      )[0];
    let row = await select();
    if (!row) {
      await this.ensureSubmission(manager, round.id, municipalityId);
      row = await select();
    }
    if (!answeringOpen(round.phase, row.late_until))
      throw phaseClosed(
        `Answers change while the round is in ANSWERING (or in a late window the coordinator grants); the round is in ${round.phase}`,
      );
    return row;
  }
}
