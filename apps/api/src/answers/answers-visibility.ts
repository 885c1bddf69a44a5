import { Injectable, type OnModuleInit } from '@nestjs/common';
import { answersVisibleTo, ROUND_PHASES, phaseIndex, type RoundPhase } from '@samrad/domain';
import type { AccessPolicy } from '../common/access-policy.service.js';
import type { RequestContext } from '../common/request-context.js';
import { VisibilityRules } from '../realtime/visibility-rules.js';
import { submissionsOfRound } from './answers.loaders.js';

export const ANSWERS_VISIBLE = 'answers.visible';

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

/**
 * Whose answers of a round the caller sees (`answersVisibleTo` with the caller's roles and their
 * municipalities' submissions): Round.answers and the export ask the same.
 */
export async function visibleMunicipalities(
  policy: AccessPolicy,
  ctx: RequestContext,
  round: { id: string; networkId: string; phase: RoundPhase },
): Promise<'ALL' | string[]> {
  const [grants, submissions] = await Promise.all([
    policy.grants(ctx, round.networkId),
    ctx.loaders.of(submissionsOfRound).load(round.id),
  ]);
  const own = [...new Set(grants.flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])))];
  return answersVisibleTo({
    phase: round.phase,
    coordinator: grants.some((g) => g.role === 'COORDINATOR'),
    own,
    submitted: submissions
      .filter((s) => s.firstSubmittedAt && own.includes(s.municipalityId))
      .map((s) => s.municipalityId),
  });
}
