import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import {
  castPositionSchema,
  proposeInterpretationSchema,
  reconfirmInterpretationSchema,
  resolveInterpretationSchema,
  updateInterpretationSchema,
  type NetworkAction,
  type ProposalStatus,
} from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { forbidden, notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { roundById } from '../rounds/rounds.loaders.js';
import { proposalById } from './interpretations.loaders.js';
import { InterpretationsService } from './interpretations.service.js';
import {
  CastPositionInput,
  InterpretationProposalType,
  PositionType,
  ProposalStatusEnum,
  ProposeInterpretationInput,
  ReconfirmInterpretationInput,
} from './interpretations.types.js';

/**
 * The interpretation mutations. Each parses its input, then asks the policy on the round's network
 * (outsiders get NOT_FOUND, members without the role FORBIDDEN); phase and state rules are the
 * service's.
 */
@Resolver(() => InterpretationProposalType)
export class InterpretationsResolver {
  constructor(
    private readonly interpretations: InterpretationsService,
    private readonly policy: AccessPolicy,
  ) {}

  private async roundFor(ctx: RequestContext, roundId: string, action: NetworkAction) {
    const round = await ctx.loaders.of(roundById).load(roundId);
    if (!round) throw notFound('Round');
    await this.policy.require(ctx, action, { networkId: round.networkId }, 'Round');
    return round;
  }

  private async proposalFor(
    ctx: RequestContext,
    proposalId: string,
    action: NetworkAction,
    municipalityId?: string,
  ) {
    const proposal = await ctx.loaders.of(proposalById).load(proposalId);
    const round = proposal && (await ctx.loaders.of(roundById).load(proposal.roundId));
    if (!proposal || !round) throw notFound('Proposal');
    await this.policy.require(ctx, action, { networkId: round.networkId, municipalityId }, 'Proposal');
    return proposal;
  }

  /** Editing and withdrawing are the author's own: checked after membership, so outsiders still see NOT_FOUND. */
  private async ownProposal(ctx: RequestContext, user: AuthUser, proposalId: string) {
    const proposal = await this.proposalFor(ctx, proposalId, 'interpretation.propose');
    if (proposal.authorId !== user.id) throw forbidden('Only the author can change or withdraw a proposal');
    return proposal;
  }

  @Mutation(() => InterpretationProposalType, {
    description: 'Coordinators, heads and editors, while the round is in INTERPRETATION (else PHASE_CLOSED).',
  })
  async proposeInterpretation(
    @Args('input') input: ProposeInterpretationInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const proposal = parseInput(proposeInterpretationSchema, input);
    await this.roundFor(ctx, proposal.roundId, 'interpretation.propose');
    return this.interpretations.propose(user, proposal);
  }

  @Mutation(() => InterpretationProposalType, {
    description: 'The author rewords an open proposal before anyone has taken a position (else CONFLICT).',
  })
  async updateInterpretation(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('text') text: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const input = parseInput(updateInterpretationSchema, { text });
    await this.ownProposal(ctx, user, proposalId);
    return this.interpretations.edit(user, proposalId, input.text);
  }

  @Mutation(() => InterpretationProposalType, { description: 'The author withdraws an open proposal.' })
  async withdrawInterpretation(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    await this.ownProposal(ctx, user, proposalId);
    return this.interpretations.withdraw(user, proposalId);
  }

  @Mutation(() => PositionType, {
    description:
      "The head or an editor of the municipality; replaces the municipality's earlier position. " +
      'DISAGREE and BLOCK need a reason. CONFLICT once the proposal is resolved.',
  })
  async castPosition(
    @Args('input') input: CastPositionInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const position = parseInput(castPositionSchema, input);
    await this.proposalFor(ctx, position.proposalId, 'municipality.contribute', position.municipalityId);
    return this.interpretations.castPosition(user, position);
  }

  @Mutation(() => InterpretationProposalType, {
    description:
      'Coordinators: record AGREED (needs the network rule met; supersedes an earlier agreed proposal on the question) ' +
      'or REJECTED, with an outcome statement (default: the proposal text) and a review date. ' +
      'In INTERPRETATION or ANSWERING.',
  })
  async resolveInterpretation(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('status', { type: () => ProposalStatusEnum }) status: ProposalStatus,
    @Args('outcome', { type: () => String, nullable: true }) outcome: string | null,
    @Args('reviewBy', { type: () => String, nullable: true, description: 'YYYY-MM-DD' })
    reviewBy: string | null,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const resolution = parseInput(resolveInterpretationSchema, { status, outcome, reviewBy });
    await this.proposalFor(ctx, proposalId, 'network.manage');
    return this.interpretations.resolve(user, proposalId, resolution);
  }

  @Mutation(() => InterpretationProposalType, {
    description:
      "Coordinators: agree again, in one step, on the interpretation an earlier round agreed for the question's code.",
  })
  async reconfirmInterpretation(
    @Args('input') input: ReconfirmInterpretationInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const reconfirm = parseInput(reconfirmInterpretationSchema, input);
    await this.roundFor(ctx, reconfirm.roundId, 'network.manage');
    return this.interpretations.reconfirm(user, reconfirm);
  }
}
