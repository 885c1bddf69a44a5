import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { consensusRuleSchema, type ConsensusRule } from '@samrad/domain';
import { AccessPolicy } from '../common/access-policy.service.js';
import { notFound } from '../common/app-error.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { IndicatorType } from '../catalogue/catalogue.types.js';
import { networkById } from '../networks/networks.loaders.js';
import { NetworkType } from '../networks/network.types.js';
import { RoundType } from '../rounds/rounds.types.js';
import { ConsensusRuleService } from './consensus-rule.service.js';
import {
  consensusOfRound,
  proposalById,
  proposalsOfRound,
  questionsOfRound,
} from './interpretations.loaders.js';
import {
  ConsensusRuleEnum,
  InterpretationProgressType,
  InterpretationProposalType,
  RoundQuestionType,
} from './interpretations.types.js';

/** Interpretation fields of a round (the round was access-checked where it was loaded). */
@Resolver(() => RoundType)
export class RoundInterpretationsResolver {
  @ResolveField(() => [InterpretationProposalType], {
    description:
      "The round's proposals, every status (the history), oldest first; optionally of one question.",
  })
  async interpretations(
    @Parent() round: RoundType,
    @Args('indicatorId', { type: () => ID, nullable: true }) indicatorId: string | null,
    @Context() ctx: RequestContext,
  ) {
    const all = await ctx.loaders.of(proposalsOfRound).load(round.id);
    return indicatorId ? all.filter((p) => p.indicatorId === indicatorId) : all;
  }

  @ResolveField(() => [RoundQuestionType], {
    description: 'The questions in questionnaire order, each with what the network agreed about it.',
  })
  questions(@Parent() round: RoundType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(questionsOfRound).load(round.id);
  }

  @ResolveField(() => InterpretationProgressType, {
    description: 'How many questions have an agreed interpretation.',
  })
  async interpretationProgress(@Parent() round: RoundType, @Context() ctx: RequestContext) {
    const questions = await ctx.loaders.of(questionsOfRound).load(round.id);
    return { agreed: questions.filter((q) => q.agreedId).length, total: questions.length };
  }

  @ResolveField(() => ConsensusRuleEnum, {
    description: "The network's rule for agreeing on interpretations.",
  })
  async consensusRule(@Parent() round: RoundType, @Context() ctx: RequestContext) {
    return (await ctx.loaders.of(consensusOfRound).load(round.id)).rule;
  }
}

@Resolver(() => RoundQuestionType)
export class RoundQuestionResolver {
  @ResolveField(() => IndicatorType)
  indicator(@Parent() question: RoundQuestionType) {
    return question.indicatorRow;
  }

  @ResolveField(() => InterpretationProposalType, {
    nullable: true,
    description:
      'The interpretation agreed in this round: it travels with the question (answers, compilation, exports).',
  })
  agreedInterpretation(@Parent() question: RoundQuestionType, @Context() ctx: RequestContext) {
    return question.agreedId ? ctx.loaders.of(proposalById).load(question.agreedId) : null;
  }

  @ResolveField(() => InterpretationProposalType, {
    nullable: true,
    description:
      "The latest interpretation of the same indicator code agreed in an earlier round of the network's area.",
  })
  previousAgreement(@Parent() question: RoundQuestionType, @Context() ctx: RequestContext) {
    return question.previousAgreedId ? ctx.loaders.of(proposalById).load(question.previousAgreedId) : null;
  }

  @ResolveField(() => Int, { description: 'Proposals on the question still open.' })
  openProposals(@Parent() question: RoundQuestionType) {
    return question.openProposals;
  }
}

@Resolver(() => NetworkType)
export class NetworkConsensusRuleResolver {
  constructor(
    private readonly rules: ConsensusRuleService,
    private readonly policy: AccessPolicy,
  ) {}

  @ResolveField(() => ConsensusRuleEnum, { description: 'How the network agrees on interpretations.' })
  async consensusRule(
    @Parent() network: NetworkType & { consensusRule?: ConsensusRule },
    @Context() ctx: RequestContext,
  ) {
    // networks are loaded as entities (the column is there); the loader covers any other parent
    return network.consensusRule ?? (await ctx.loaders.of(networkById).load(network.id))?.consensusRule;
  }

  @Mutation(() => NetworkType, {
    description: 'Coordinators: choose MAJORITY or UNANIMITY (both without blocks).',
  })
  async setConsensusRule(
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('rule', { type: () => ConsensusRuleEnum }) rule: ConsensusRule,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const parsed = parseInput(consensusRuleSchema, rule);
    const network = await ctx.loaders.of(networkById).load(networkId);
    if (!network) throw notFound('Network');
    await this.policy.require(ctx, 'network.manage', { networkId });
    return this.rules.set(user, networkId, parsed);
  }
}
