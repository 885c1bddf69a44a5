import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkTransition,
  type createRoundSchema,
  phaseDeadlinesRuleSchema,
  type RoundPhase,
  type setRoundPhaseSchema,
  setUsableIn,
  type updateRoundSchema,
} from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { badInput, conflict, notFound, phaseClosed } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { parseInput } from '../common/validation.js';
import type { AuthUser } from '../common/request-context.js';
import { IndicatorSet } from '../catalogue/indicator-set.entity.js';
import { roomName } from '../realtime/room-event.js';
import { RoundNotifications } from '../notifications/sources/round-notifications.js';
import { UnitOfWork } from '../realtime/unit-of-work.service.js';
import { RoundPhaseChange } from './round-phase-change.entity.js';
import { Round } from './round.entity.js';

/** The round's state as every round event carries it. */
const roundState = (round: Round) => ({
  roundId: round.id,
  title: round.title,
  phase: round.phase,
  version: round.version,
  phaseDeadlines: round.phaseDeadlines,
});

/** Rounds and their phase machine (libs/domain/src/phases.ts). Access is checked by the resolver. */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly notices: RoundNotifications,
  ) {}

  async get(id: string): Promise<Round | null> {
    return isUuid(id) ? this.dataSource.getRepository(Round).findOneBy({ id }) : null;
  }

  async create(actor: AuthUser, input: z.output<typeof createRoundSchema>): Promise<Round> {
    return this.uow.run(async ({ manager, record }) => {
      const set = await manager.findOneBy(IndicatorSet, { id: input.indicatorSetId });
      // Another network's own set reads as unknown: its existence is that network's business.
      if (!set || !setUsableIn(set.ownerNetworkId, input.networkId))
        throw badInput('The indicator set does not exist', {
          problems: [{ path: 'indicatorSetId', message: 'Unknown indicator set' }],
        });
      const round = await manager.save(
        manager.create(Round, {
          networkId: input.networkId,
          indicatorSetId: set.id,
          title: input.title,
          phase: 'DRAFT',
          phaseDeadlines: input.answeringDeadline ? { ANSWERING: input.answeringDeadline.toISOString() } : {},
          createdById: actor.id,
        }),
      );
      await manager.insert(RoundPhaseChange, {
        roundId: round.id,
        fromPhase: null,
        toPhase: 'DRAFT',
        changedById: actor.id,
      });
      await record({
        actorId: actor.id,
        audit: {
          networkId: round.networkId,
          action: 'round.created',
          subjectType: 'ROUND',
          subjectId: round.id,
          after: roundState(round),
        },
        events: [
          {
            room: roomName('network', round.networkId),
            type: 'round.created',
            data: { ...roundState(round), indicatorSetId: set.id },
          },
        ],
      });
      return round;
    });
  }

  /**
   * Moves the round one phase forward, or one back with a reason. Anything else is refused with
   * PHASE_CLOSED naming both phases; a stale expectedVersion is a CONFLICT.
   */
  async setPhase(
    actor: AuthUser,
    roundId: string,
    input: z.output<typeof setRoundPhaseSchema>,
  ): Promise<Round> {
    return this.uow.run(async (tx) => {
      const round = await this.lock(tx.manager, roundId);
      if (input.expectedVersion && input.expectedVersion !== round.version) {
        throw conflict(`The round was changed meanwhile (version ${round.version}): reload and try again`);
      }
      const check = checkTransition(round.phase, input.phase, input.reason);
      if (!check.ok) {
        if (check.reason === 'REASON_REQUIRED') {
          throw badInput(`Give a reason to step back from ${round.phase} to ${input.phase}`, {
            problems: [{ path: 'reason', message: 'A reason is required to step back' }],
          });
        }
        if (check.reason === 'SAME_PHASE') throw badInput(`The round is already in ${round.phase}`);
        throw phaseClosed(
          `A round in ${round.phase} cannot move to ${input.phase}: phases go one step at a time`,
        );
      }
      const before = round.phase;
      await tx.manager.update(Round, { id: round.id }, { phase: input.phase });
      const updated = await tx.manager.findOneByOrFail(Round, { id: round.id });
      await tx.manager.insert(RoundPhaseChange, {
        roundId: round.id,
        fromPhase: before,
        toPhase: input.phase,
        reason: check.step === 'back' ? (input.reason?.trim() ?? null) : null,
        changedById: actor.id,
      });
      await this.notices.phaseChanged(tx, actor.id, updated, input.phase);
      const data = {
        ...roundState(updated),
        from: before,
        to: input.phase,
        step: check.step,
        reason: input.reason ?? null,
      };
      await tx.record({
        actorId: actor.id,
        audit: {
          networkId: round.networkId,
          action: check.step === 'back' ? 'round.phaseSteppedBack' : 'round.phaseChanged',
          subjectType: 'ROUND',
          subjectId: round.id,
          before: { phase: before },
          after: { phase: input.phase, reason: input.reason ?? null },
        },
        // the round's page and the network's round list both follow phases
        events: [
          { room: roomName('round', round.id), type: 'round.phaseChanged', data },
          { room: roomName('network', round.networkId), type: 'round.phaseChanged', data },
        ],
      });
      return updated;
    });
  }

  async update(actor: AuthUser, roundId: string, input: z.output<typeof updateRoundSchema>): Promise<Round> {
    return this.uow.run(async (tx) => {
      const round = await this.lock(tx.manager, roundId);
      if (round.phase === 'CLOSED') throw phaseClosed('The round is CLOSED: step it back to change it');
      const changes: Partial<Pick<Round, 'title' | 'phaseDeadlines'>> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.phaseDeadlines) {
        // Judged against what is stored, under the row lock, so two editors cannot interleave past the rule.
        parseInput(z.object({ phaseDeadlines: phaseDeadlinesRuleSchema(round.phaseDeadlines, new Date()) }), {
          phaseDeadlines: input.phaseDeadlines,
        });
        const deadlines: Partial<Record<RoundPhase, string>> = { ...round.phaseDeadlines };
        for (const { phase, deadline } of input.phaseDeadlines) {
          if (deadline) deadlines[phase] = deadline.toISOString();
          else delete deadlines[phase];
        }
        changes.phaseDeadlines = deadlines;
      }
      await tx.manager.update(Round, { id: round.id }, changes);
      const updated = await tx.manager.findOneByOrFail(Round, { id: round.id });
      const data = roundState(updated);
      await tx.record({
        actorId: actor.id,
        audit: {
          networkId: round.networkId,
          action: 'round.updated',
          subjectType: 'ROUND',
          subjectId: round.id,
          before: { title: round.title, phaseDeadlines: round.phaseDeadlines },
          after: { title: updated.title, phaseDeadlines: updated.phaseDeadlines },
        },
        events: [
          { room: roomName('round', round.id), type: 'round.updated', data },
          { room: roomName('network', round.networkId), type: 'round.updated', data },
        ],
      });
      return updated;
    });
  }

  private async lock(manager: EntityManager, roundId: string): Promise<Round> {
    const round = isUuid(roundId)
      ? await manager
          .getRepository(Round)
          .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!round) throw notFound('Round');
    return round;
  }
}
