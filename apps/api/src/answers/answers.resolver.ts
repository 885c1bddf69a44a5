import { Args, Context, GraphQLISODateTime, ID, Mutation, Resolver } from '@nestjs/graphql';
import { lateWindowSchema, reopenAnswersSchema, saveAnswerSchema, type NetworkAction } from '@samrad/domain';
import { z } from 'zod';
import { AccessPolicy } from '../common/access-policy.service.js';
import { badInput, notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { municipalitiesOfNetwork } from '../networks/networks.loaders.js';
import { roundKey, roundWithGrants } from '../rounds/rounds.loaders.js';
import { RoundType } from '../rounds/rounds.types.js';
import { AnswersService } from './answers.service.js';
import { AnswerType, SaveAnswerInput } from './answers.types.js';

const target = z.object({ roundId: z.uuid(), municipalityId: z.uuid() });

/**
 * The answer mutations. Each parses its input, then asks the policy on the round's network for the
 * municipality (outsiders get NOT_FOUND, members without the role FORBIDDEN); phase, status and
 * version rules are the service's.
 */
@Resolver(() => AnswerType)
export class AnswersResolver {
  constructor(
    private readonly answers: AnswersService,
    private readonly policy: AccessPolicy,
  ) {}

  private async roundFor(
    ctx: RequestContext,
    roundId: string,
    action: NetworkAction,
    municipalityId?: string,
  ) {
    // one statement for the round and the caller's roles in its network; the policy decides
    const found =
      ctx.req.user && (await ctx.loaders.of(roundWithGrants).load(roundKey(ctx.req.user.id, roundId)));
    if (!found) throw notFound('Round');
    this.policy.primeGrants(ctx, found.round.networkId, found.grants);
    await this.policy.require(ctx, action, { networkId: found.round.networkId, municipalityId }, 'Round');
    return found.round;
  }

  @Mutation(() => AnswerType, {
    description:
      "The municipality's head or editors, in ANSWERING (or a late window; else PHASE_CLOSED). A value that does not " +
      'fit the question is BAD_USER_INPUT naming its code and rule. Once the answer exists, expectedVersion is ' +
      'required: stale or missing is CONFLICT with the current answer in extensions.current. APPROVED answers refuse (CONFLICT).',
  })
  async saveAnswer(
    @Args('input') input: SaveAnswerInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const answer = parseInput(saveAnswerSchema, input);
    await this.roundFor(ctx, answer.roundId, 'municipality.contribute', answer.municipalityId);
    return this.answers.save(user, answer);
  }

  @Mutation(() => [AnswerType], {
    description:
      'The head or an editor: DRAFT → SUBMITTED for all the municipality’s answers at once. Unanswered questions ' +
      'refuse it (CONFLICT, extensions.unanswered) unless partial is true.',
  })
  async submitAnswers(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('partial', { type: () => Boolean, nullable: true, defaultValue: false }) partial: boolean,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const ids = parseInput(target, { roundId, municipalityId });
    await this.roundFor(ctx, ids.roundId, 'municipality.contribute', ids.municipalityId);
    return this.answers.submit(user, ids.roundId, ids.municipalityId, partial === true);
  }

  @Mutation(() => [AnswerType], {
    description: 'The head only: SUBMITTED → APPROVED; the values lock until the head reopens them.',
  })
  async approveAnswers(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const ids = parseInput(target, { roundId, municipalityId });
    await this.roundFor(ctx, ids.roundId, 'municipality.approve', ids.municipalityId);
    return this.answers.approve(user, ids.roundId, ids.municipalityId);
  }

  @Mutation(() => [AnswerType], {
    description:
      'The head only: SUBMITTED or APPROVED → DRAFT, with a reason kept in every answer’s history.',
  })
  async reopenAnswers(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('reason') reason: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const input = parseInput(reopenAnswersSchema, { roundId, municipalityId, reason });
    await this.roundFor(ctx, input.roundId, 'municipality.approve', input.municipalityId);
    return this.answers.reopen(user, input.roundId, input.municipalityId, input.reason);
  }

  @Mutation(() => RoundType, {
    description: 'Coordinators: let one municipality change its answers until `until`, whatever the phase.',
  })
  async grantLateAnswering(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('until', { type: () => GraphQLISODateTime }) until: Date,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const input = parseInput(lateWindowSchema, { roundId, municipalityId, until });
    const round = await this.roundFor(ctx, input.roundId, 'network.manage');
    const members = await ctx.loaders.of(municipalitiesOfNetwork).load(round.networkId);
    if (!members.some((m) => m.id === input.municipalityId))
      throw badInput('The municipality is not in this network', {
        problems: [{ path: 'municipalityId', message: 'Not a municipality of this network' }],
      });
    return this.answers.grantLateWindow(user, input.roundId, input.municipalityId, input.until);
  }
}
