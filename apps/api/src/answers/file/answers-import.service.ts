import { Injectable } from '@nestjs/common';
import { answeringOpen, filledValue, type AnswerStatus } from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import { badInput, conflict, phaseClosed } from '../../common/app-error.js';
import type { SourceRow } from '../../common/file-import/problems.js';
import type { AuthUser } from '../../common/request-context.js';
import { roomName } from '../../realtime/room-event.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import type { Round } from '../../rounds/round.entity.js';
import { sameValue, valueOf } from '../answer-row.js';
import { AnswersService } from '../answers.service.js';
import { validateAnswerRows, type ImportedAnswer, type RoundQuestion } from './validate-answer-rows.js';

interface StoredAnswer {
  indicatorId: string;
  valueBoolean: boolean | null;
  valueNumber: number | null;
  valueText: string | null;
  valueChoice: string | null;
  comment: string | null;
  status: AnswerStatus;
}

/** What an import did (or, for a preview, would do). */
export interface ImportSummary {
  /** Rows that carry an answer. */
  answers: number;
  created: number;
  replaced: number;
  unchanged: number;
  /** Rows of a question with neither value nor comment. */
  skipped: number;
}

const same = (a: StoredAnswer, b: ImportedAnswer) => sameValue(a, b.value) && a.comment === b.comment;

/** Rows that change something, the stored answer they replace (if any), and the counts. */
function plan(answers: readonly ImportedAnswer[], stored: readonly StoredAnswer[], skipped: number) {
  const byIndicator = new Map(stored.map((a) => [a.indicatorId, a]));
  const changes = answers.flatMap((answer) => {
    const before = byIndicator.get(answer.indicatorId);
    return before && same(before, answer) ? [] : [{ answer, before }];
  });
  const replaced = changes.filter((c) => c.before).length;
  const summary: ImportSummary = {
    answers: answers.length,
    created: changes.length - replaced,
    replaced,
    unchanged: answers.length - changes.length,
    skipped,
  };
  return { changes, summary };
}

const problemsError = (problems: readonly unknown[]) =>
  badInput(
    `The file has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}; nothing was imported`,
    { problems },
  );

const approvedError = () =>
  conflict('The answers are approved: the head must reopen them before they can change', {
    reason: 'APPROVED',
  });

/**
 * A municipality's answers from a file, all or nothing. The same rules as saveAnswer (answering
 * open or a late window, approved answers refuse, values by their question's type), but as a bulk
 * action: it replaces existing answers without `expectedVersion` (docs/decisions.md), under the
 * submission row's FOR UPDATE lock so no single save runs in between. One statement writes every
 * changed answer, one more their history rows; one audit entry and one `answers.imported` event record it.
 */
@Injectable()
export class AnswersImportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly answers: AnswersService,
  ) {}

  /** Every problem and what the import would change; locks and stores nothing. */
  async preview(manager: EntityManager, round: Round, municipalityId: string, rows: readonly SourceRow[]) {
    const [submission] = (await manager.query(
      `SELECT status, late_until FROM answer_submissions WHERE round_id = $1 AND municipality_id = $2`,
      [round.id, municipalityId],
    )) as { status: AnswerStatus; late_until: Date | null }[];
    if (!answeringOpen(round.phase, submission?.late_until ?? null))
      throw phaseClosed(
        `Answers change while the round is in ANSWERING (or in a late window the coordinator grants); the round is in ${round.phase}`,
      );
    if (submission?.status === 'APPROVED') throw approvedError();
    const { answers, skipped, problems } = validateAnswerRows(rows, await this.questions(manager, round));
    const { summary } = plan(answers, await this.stored(manager, round.id, municipalityId), skipped);
    return { rows: rows.length, problems, ...summary };
  }

  async import(
    actor: AuthUser,
    roundId: string,
    municipalityId: string,
    rows: readonly SourceRow[],
    fileName: string,
  ) {
    return this.uow.run(async ({ manager, record }) => {
      const round = await this.answers.lockRound(manager, roundId);
      const submission = await this.answers.lockSubmission(manager, round, municipalityId, 'FOR UPDATE');
      if (submission.status === 'APPROVED') throw approvedError();
      const { answers, skipped, problems } = validateAnswerRows(rows, await this.questions(manager, round));
      if (problems.length) throw problemsError(problems);
      const stored = await this.stored(manager, round.id, municipalityId);
      const { changes, summary } = plan(answers, stored, skipped);
      if (changes.length) await this.write(manager, actor, round, municipalityId, submission.status, changes);
      await record({
        actorId: actor.id,
        audit: {
          networkId: round.networkId,
          action: 'answers.imported',
          subjectType: 'ROUND',
          subjectId: round.id,
          after: { municipalityId, file: fileName.slice(0, 200), ...summary },
        },
        events: [
          {
            room: roomName('round', round.id),
            type: 'answers.imported',
            data: {
              roundId: round.id,
              municipalityId,
              created: summary.created,
              replaced: summary.replaced,
              unchanged: summary.unchanged,
            },
          },
        ],
      });
      return summary;
    });
  }

  /**
   * Two statements: every changed answer (new ones at version 1, others version + 1), then their
   * history rows. (One statement joining the insert's RETURNING back to its input had the planner
   * guess ten rows a side and nest-loop 10,000 × 10,000.)
   */
  private async write(
    manager: EntityManager,
    actor: AuthUser,
    round: Round,
    municipalityId: string,
    status: AnswerStatus,
    changes: { answer: ImportedAnswer; before?: StoredAnswer }[],
  ) {
    const values = changes.map((c) => filledValue(c.answer.value));
    const saved = (await manager.query(
      `INSERT INTO answers AS a (round_id, municipality_id, indicator_id, value_boolean, value_number,
                                 value_text, value_choice, comment, status, updated_by_id, version)
       SELECT $1, $2, i.*, $3, $4, 1
         FROM unnest($5::uuid[], $6::boolean[], $7::float8[], $8::text[], $9::text[], $10::text[]) AS i
       ON CONFLICT (round_id, municipality_id, indicator_id) DO UPDATE
          SET value_boolean = excluded.value_boolean, value_number = excluded.value_number,
              value_text = excluded.value_text, value_choice = excluded.value_choice,
              comment = excluded.comment, status = excluded.status, updated_by_id = excluded.updated_by_id,
              updated_at = now(), version = a.version + 1
       RETURNING a.id, a.indicator_id AS "indicatorId", a.version`,
      [
        round.id,
        municipalityId,
        status,
        actor.id,
        changes.map((c) => c.answer.indicatorId),
        values.map((v) => v.boolean),
        values.map((v) => v.number),
        values.map((v) => v.text),
        values.map((v) => v.choice),
        changes.map((c) => c.answer.comment),
      ],
    )) as { id: string; indicatorId: string; version: number }[];
    const row = new Map(saved.map((r) => [r.indicatorId, r]));
    const at = changes.map((c) => row.get(c.answer.indicatorId)!);
    await manager.query(
      `INSERT INTO answer_history (answer_id, version, kind, old_value, new_value, old_comment, new_comment,
                                   old_status, new_status, actor_id)
       SELECT h.answer_id, h.version, 'IMPORTED', h.old_value::jsonb, h.new_value::jsonb, h.old_comment,
              h.new_comment, h.old_status, $1, $2
         FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
              AS h(answer_id, version, old_value, new_value, old_comment, new_comment, old_status)`,
      [
        status,
        actor.id,
        at.map((r) => r.id),
        at.map((r) => r.version),
        changes.map((c) => (c.before ? JSON.stringify(valueOf(c.before)) : null)),
        values.map((v) => JSON.stringify(v)),
        changes.map((c) => c.before?.comment ?? null),
        changes.map((c) => c.answer.comment),
        changes.map((c) => c.before?.status ?? null),
      ],
    );
  }

  private async questions(manager: EntityManager, round: Round): Promise<RoundQuestion[]> {
    return (await manager.query(
      `SELECT id, code, answer_type AS "answerType", options FROM indicators WHERE indicator_set_id = $1`,
      [round.indicatorSetId],
    )) as RoundQuestion[];
  }

  private async stored(
    manager: EntityManager,
    roundId: string,
    municipalityId: string,
  ): Promise<StoredAnswer[]> {
    return (await manager.query(
      `SELECT indicator_id AS "indicatorId", value_boolean AS "valueBoolean", value_number AS "valueNumber",
              value_text AS "valueText", value_choice AS "valueChoice", comment, status
         FROM answers WHERE round_id = $1 AND municipality_id = $2`,
      [roundId, municipalityId],
    )) as StoredAnswer[];
  }
}
