import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ROUND_PHASES, phaseIndex } from '@samrad/domain';
import { VisibilityRules } from '../realtime/visibility-rules.js';

export const ANSWERS_VISIBLE = 'answers.visible';

/** Who may see the value and comment of an event about a municipality's answers in a round. */
export const answersVisibleIn = (roundId: string, municipalityId: string) => ({
  rule: ANSWERS_VISIBLE,
  args: { roundId, municipalityId },
});

/** Phases in which every member sees every answer (the round is past ANSWERING). */
export const OPEN_PHASES = ROUND_PHASES.filter((phase) => phaseIndex(phase) >= phaseIndex('COMPILATION'));

/**
 * Give-to-get for real-time events and replay (args `{ roundId, municipalityId }`): the same rule
 * as `answersVisibleTo` in libs/domain, as one query for all recipients: coordinators, the
 * municipality's own people, everyone once the round is past ANSWERING, and the people of a
 * municipality that has submitted.
 */
@Injectable()
export class AnswersVisibility implements OnModuleInit {
  constructor(private readonly rules: VisibilityRules) {}

  onModuleInit(): void {
    this.rules.register(ANSWERS_VISIBLE, async ({ args, userIds, dataSource }) => {
      const rows = (await dataSource.query(
        `SELECT DISTINCT m.user_id FROM rounds r
           JOIN memberships m ON m.network_id = r.network_id
           LEFT JOIN answer_submissions s ON s.round_id = r.id AND s.municipality_id = m.municipality_id
          WHERE r.id = $1 AND m.user_id = ANY($3::uuid[])
            AND (m.role = 'COORDINATOR' OR m.municipality_id = $2 OR r.phase = ANY($4::text[])
                 OR s.first_submitted_at IS NOT NULL)`,
        [args.roundId, args.municipalityId, userIds, OPEN_PHASES],
      )) as { user_id: string }[];
      return new Set(rows.map((row) => row.user_id));
    });
  }
}
