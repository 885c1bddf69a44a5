import { Injectable } from '@nestjs/common';
import {
  interpretationOpen,
  tally,
  type castPositionSchema,
  type proposeInterpretationSchema,
  type reconfirmInterpretationSchema,
  type resolveInterpretationSchema,
  type Tally,
} from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { badInput, conflict, notFound, phaseClosed } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { Indicator } from '../catalogue/indicator.entity.js';
import { roomName } from '../realtime/room-event.js';
import { UnitOfWork } from '../realtime/unit-of-work.service.js';
import { Round } from '../rounds/round.entity.js';
import { InterpretationPosition } from './interpretation-position.entity.js';
import { InterpretationProposal } from './interpretation-proposal.entity.js';
import { consensusContexts, previousAgreements } from './interpretations.loaders.js';

type Action = Parameters<typeof interpretationOpen>[1];

/** A proposal's state as every interpretation event carries it. */
const proposalState = (p: InterpretationProposal) => ({
  proposalId: p.id,
  roundId: p.roundId,
  indicatorId: p.indicatorId,
  status: p.status,
  text: p.text,
  authorId: p.authorId,
});

const audited = (p: InterpretationProposal) => ({
  text: p.text,
  status: p.status,
  outcome: p.outcome,
  reviewBy: p.reviewBy,
});

/**
 * Proposals, positions and outcomes (libs/domain: consensus.ts for the tally, interpretations.ts
 * for inputs and phases). Access is checked by the resolver; rules of state and phase live here,
 * under row locks: the proposal FOR UPDATE, its round FOR SHARE (a phase change waits, and so do we).
 */
@Injectable()
export class InterpretationsService {
  constructor(private readonly uow: UnitOfWork) {}

  async propose(actor: AuthUser, input: z.output<typeof proposeInterpretationSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const round = await this.roundInPhase(manager, input.roundId, 'propose');
      await this.indicatorOfRound(manager, round, input.indicatorId);
      const proposal = await manager.save(
        manager.create(InterpretationProposal, {
          roundId: round.id,
          indicatorId: input.indicatorId,
          text: input.text,
          authorId: actor.id,
          status: 'OPEN',
        }),
      );
      await record({
        actorId: actor.id,
        audit: this.audit(round, proposal, 'interpretation.proposed', null),
        events: [
          {
            room: roomName('round', round.id),
            type: 'interpretation.proposed',
            data: { ...proposalState(proposal), createdAt: proposal.createdAt.toISOString() },
          },
        ],
      });
      return proposal;
    });
  }

  /** The author rewords an open proposal, as long as nobody has taken a position on it. */
  async edit(actor: AuthUser, proposalId: string, text: string) {
    return this.uow.run(async ({ manager, record }) => {
      const { proposal, round } = await this.lockOpen(manager, proposalId, 'propose');
      const positions = await manager.countBy(InterpretationPosition, { proposalId });
      if (positions > 0)
        throw conflict('Positions have been taken on this proposal: withdraw it and propose anew', {
          reason: 'HAS_POSITIONS',
        });
      const before = audited(proposal);
      proposal.text = text;
      const saved = await manager.save(proposal);
      await record({
        actorId: actor.id,
        audit: this.audit(round, saved, 'interpretation.edited', before),
        events: [
          {
            room: roomName('round', round.id),
            type: 'interpretation.updated',
            data: { ...proposalState(saved), change: 'EDITED' },
          },
        ],
      });
      return saved;
    });
  }

  async withdraw(actor: AuthUser, proposalId: string) {
    return this.uow.run(async ({ manager, record }) => {
      const { proposal, round } = await this.lockOpen(manager, proposalId, 'propose');
      const before = audited(proposal);
      proposal.status = 'WITHDRAWN';
      const saved = await manager.save(proposal);
      await record({
        actorId: actor.id,
        audit: this.audit(round, saved, 'interpretation.withdrawn', before),
        events: [
          {
            room: roomName('round', round.id),
            type: 'interpretation.updated',
            data: { ...proposalState(saved), change: 'WITHDRAWN' },
          },
        ],
      });
      return saved;
    });
  }

  /** One current position per municipality: the earlier one stays as history (`current` false). */
  async castPosition(actor: AuthUser, input: z.output<typeof castPositionSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const { proposal, round } = await this.lockOpen(manager, input.proposalId, 'position');
      await manager.update(
        InterpretationPosition,
        { proposalId: proposal.id, municipalityId: input.municipalityId, current: true },
        { current: false },
      );
      const position = await manager.save(
        manager.create(InterpretationPosition, {
          proposalId: proposal.id,
          municipalityId: input.municipalityId,
          userId: actor.id,
          stance: input.stance,
          reason: input.reason,
          current: true,
        }),
      );
      const counted = await this.tallyOf(manager, proposal);
      await record({
        actorId: actor.id,
        audit: {
          networkId: round.networkId,
          action: 'position.cast',
          subjectType: 'INTERPRETATION_PROPOSAL',
          subjectId: proposal.id,
          after: { municipalityId: input.municipalityId, stance: input.stance, reason: input.reason },
        },
        events: [
          {
            room: roomName('round', round.id),
            type: 'position.cast',
            data: {
              proposalId: proposal.id,
              roundId: round.id,
              indicatorId: proposal.indicatorId,
              municipalityId: input.municipalityId,
              userId: actor.id,
              stance: input.stance,
              reason: input.reason,
              tally: {
                rule: counted.rule,
                members: counted.members,
                agree: counted.agree,
                abstain: counted.abstain,
                disagree: counted.disagree,
                block: counted.block,
                notResponded: counted.notResponded,
                consensus: counted.consensus,
              },
            },
          },
        ],
      });
      return position;
    });
  }

  /**
   * The coordinator records the outcome. AGREED needs the network's rule to be met (a block
   * always stands in the way) and supersedes an earlier agreed proposal on the same question.
   */
  async resolve(actor: AuthUser, proposalId: string, input: z.output<typeof resolveInterpretationSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const { proposal, round } = await this.lockOpen(manager, proposalId, 'resolve');
      if (input.status === 'AGREED') {
        const counted = await this.tallyOf(manager, proposal);
        if (!counted.consensus)
          throw conflict(
            counted.block > 0
              ? 'A municipality blocks this proposal: it cannot be recorded as agreed'
              : `The proposal does not meet the network's rule (${counted.rule}) yet`,
            { reason: counted.block > 0 ? 'BLOCKED' : 'NO_CONSENSUS', tally: counted },
          );
      }
      const before = audited(proposal);
      proposal.status = input.status;
      proposal.outcome = input.outcome ?? (input.status === 'AGREED' ? proposal.text : null);
      proposal.reviewBy = input.reviewBy ?? null;
      proposal.resolvedAt = new Date();
      proposal.resolvedById = actor.id;
      const saved = await manager.save(proposal);
      const superseded = input.status === 'AGREED' ? await this.supersede(manager, saved) : [];
      await record({
        actorId: actor.id,
        audit: this.audit(round, saved, 'interpretation.resolved', before),
        events: [
          ...superseded.map((old) => ({
            room: roomName('round', round.id),
            type: 'interpretation.updated' as const,
            data: { ...proposalState(old), change: 'SUPERSEDED' as const },
          })),
          {
            room: roomName('round', round.id),
            type: 'interpretation.resolved',
            data: {
              ...proposalState(saved),
              outcome: saved.outcome,
              reviewBy: saved.reviewBy,
              supersededIds: superseded.map((old) => old.id),
            },
          },
        ],
      });
      return saved;
    });
  }

  /**
   * Re-confirms, in one step, the reading agreed for the same indicator code in an earlier round:
   * a new proposal in this round, AGREED at once, pointing at the earlier one (`confirms`).
   */
  async reconfirm(actor: AuthUser, input: z.output<typeof reconfirmInterpretationSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const round = await this.roundInPhase(manager, input.roundId, 'resolve');
      const indicator = await this.indicatorOfRound(manager, round, input.indicatorId);
      const carried = (await previousAgreements(manager, [round.id])).find(
        (row) => row.code === indicator.code,
      );
      if (!carried)
        throw conflict('No earlier round agreed an interpretation of this question', {
          reason: 'NOTHING_TO_RECONFIRM',
        });
      const agreedNow = await manager.countBy(InterpretationProposal, {
        roundId: round.id,
        indicatorId: indicator.id,
        status: 'AGREED',
      });
      if (agreedNow > 0)
        throw conflict('This round already has an agreed interpretation of the question', {
          reason: 'ALREADY_AGREED',
        });
      const earlier = await manager.findOneByOrFail(InterpretationProposal, { id: carried.proposal_id });
      const statement = earlier.outcome ?? earlier.text;
      const proposal = await manager.save(
        manager.create(InterpretationProposal, {
          roundId: round.id,
          indicatorId: indicator.id,
          text: statement,
          authorId: actor.id,
          status: 'AGREED',
          outcome: statement,
          reviewBy: input.reviewBy ?? null,
          resolvedAt: new Date(),
          resolvedById: actor.id,
          confirmsId: earlier.id,
        }),
      );
      const room = roomName('round', round.id);
      await record({
        actorId: actor.id,
        audit: this.audit(round, proposal, 'interpretation.reconfirmed', null),
        events: [
          {
            room,
            type: 'interpretation.proposed',
            data: { ...proposalState(proposal), createdAt: proposal.createdAt.toISOString() },
          },
          {
            room,
            type: 'interpretation.resolved',
            data: {
              ...proposalState(proposal),
              outcome: proposal.outcome,
              reviewBy: proposal.reviewBy,
              supersededIds: [],
            },
          },
        ],
      });
      return proposal;
    });
  }

  /** The tally of a proposal inside the transaction (current positions, members and rule now). */
  private async tallyOf(manager: EntityManager, proposal: InterpretationProposal): Promise<Tally> {
    const [context] = await consensusContexts(manager, [proposal.roundId]);
    const positions = await manager.findBy(InterpretationPosition, {
      proposalId: proposal.id,
      current: true,
    });
    return tally(positions, context.memberMunicipalityIds, context.rule);
  }

  /** Marks the other agreed proposals on the question SUPERSEDED by `agreed`. */
  private async supersede(manager: EntityManager, agreed: InterpretationProposal) {
    const older = await manager
      .getRepository(InterpretationProposal)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where(
        'p.round_id = :roundId AND p.indicator_id = :indicatorId AND p.status = :status AND p.id <> :id',
        {
          roundId: agreed.roundId,
          indicatorId: agreed.indicatorId,
          status: 'AGREED',
          id: agreed.id,
        },
      )
      .getMany();
    for (const old of older) {
      old.status = 'SUPERSEDED';
      old.supersededById = agreed.id;
    }
    return older.length ? manager.save(older) : [];
  }

  private audit(
    round: Round,
    proposal: InterpretationProposal,
    action: string,
    before: Record<string, unknown> | null,
  ) {
    return {
      networkId: round.networkId,
      action,
      subjectType: 'INTERPRETATION_PROPOSAL',
      subjectId: proposal.id,
      before,
      after: { indicatorId: proposal.indicatorId, ...audited(proposal) },
    };
  }

  private async roundInPhase(manager: EntityManager, roundId: string, action: Action): Promise<Round> {
    const round = await manager
      .getRepository(Round)
      .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_read' } });
    if (!round) throw notFound('Round');
    if (!interpretationOpen(round.phase, action))
      throw phaseClosed(
        action === 'resolve'
          ? `Outcomes are recorded in INTERPRETATION or ANSWERING; the round is in ${round.phase}`
          : `Proposals and positions are taken in INTERPRETATION; the round is in ${round.phase}`,
      );
    return round;
  }

  private async lockOpen(manager: EntityManager, proposalId: string, action: Action) {
    const proposal = await manager
      .getRepository(InterpretationProposal)
      .findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw notFound('Proposal');
    const round = await this.roundInPhase(manager, proposal.roundId, action);
    if (proposal.status !== 'OPEN')
      throw conflict(`The proposal is ${proposal.status}: it can no longer change`, {
        reason: 'PROPOSAL_CLOSED',
        status: proposal.status,
      });
    return { proposal, round };
  }

  private async indicatorOfRound(manager: EntityManager, round: Round, indicatorId: string) {
    const indicator = await manager.findOneBy(Indicator, {
      id: indicatorId,
      indicatorSetId: round.indicatorSetId,
    });
    if (!indicator)
      throw badInput('The question is not part of this round', {
        problems: [{ path: 'indicatorId', message: 'Not a question of this round' }],
      });
    return indicator;
  }
}
