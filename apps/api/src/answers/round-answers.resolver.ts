import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { forbidden } from '../common/app-error.js';
import { AccessPolicy } from '../common/access-policy.service.js';
import type { RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { IndicatorType } from '../catalogue/catalogue.types.js';
import { indicatorById } from '../catalogue/catalogue.loaders.js';
import { UserType } from '../identity/user.types.js';
import { userById } from '../identity/identity.loaders.js';
import { municipalityById } from '../networks/networks.loaders.js';
import { MunicipalityType } from '../networks/network.types.js';
import { RoundType } from '../rounds/rounds.types.js';
import { prefillsOf } from './answer-prefills.js';
import { answersOfRound, historyOfAnswer, submissionsOfRound } from './answers.loaders.js';
import { answerScope, inScope } from './answer-scope.js';
import { valueOf } from './answer-row.js';
import {
  AnswerChangeType,
  AnswerPrefillType,
  AnswerSubmissionType,
  AnswerType,
  AnswerValueType,
} from './answers.types.js';

const prefillTarget = z.object({ municipalityId: z.uuid() });

/** Answer fields of a round (the round was access-checked where it was loaded). */
@Resolver(() => RoundType)
export class RoundAnswersResolver {
  constructor(private readonly policy: AccessPolicy) {}

  @ResolveField(() => [AnswerType], {
    description:
      "Only what the caller may see: others' answers stay hidden from a municipality until it has submitted its own or the round reaches COMPILATION.",
  })
  async answers(
    @Parent() round: RoundType & { phase: RoundType['phase'] },
    @Args('municipalityId', { type: () => ID, nullable: true }) municipalityId: string | null,
    @Context() ctx: RequestContext,
  ) {
    const [scope, all] = await Promise.all([
      this.policy.grants(ctx, round.networkId).then((grants) => answerScope(ctx.loaders, round, grants)),
      ctx.loaders.of(answersOfRound).load(round.id),
    ]);
    return all.filter(
      (a) => inScope(scope, a.municipalityId) && (!municipalityId || a.municipalityId === municipalityId),
    );
  }

  @ResolveField(() => [AnswerPrefillType], {
    description:
      "Suggestions for the municipality's unanswered questions: its answer in the previous round where the code " +
      'matches (PREVIOUS_ROUND), its Kolada figure (KOLADA); both when both exist, in question order. ' +
      'Its own people and coordinators only (FORBIDDEN otherwise).',
  })
  async answerPrefills(
    @Parent() round: RoundType,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Context() ctx: RequestContext,
  ) {
    const { municipalityId: id } = parseInput(prefillTarget, { municipalityId });
    const grants = await this.policy.grants(ctx, round.networkId);
    if (!grants.some((g) => g.role === 'COORDINATOR' || g.municipalityId === id))
      throw forbidden('Only the municipality’s own people and coordinators see its prefilled values');
    return ctx.loaders.of(prefillsOf).load(`${round.id}|${id}`);
  }

  @ResolveField(() => [AnswerSubmissionType], {
    description:
      "Where each municipality's answers stand (status and counts, never values): who has submitted, who is late.",
  })
  async answerSubmissions(@Parent() round: RoundType, @Context() ctx: RequestContext) {
    const [submissions, answers] = await Promise.all([
      ctx.loaders.of(submissionsOfRound).load(round.id),
      ctx.loaders.of(answersOfRound).load(round.id),
    ]);
    const counts = new Map<string, number>();
    for (const a of answers) counts.set(a.municipalityId, (counts.get(a.municipalityId) ?? 0) + 1);
    return submissions.map((s) => ({ ...s, answered: counts.get(s.municipalityId) ?? 0 }));
  }
}

@Resolver(() => AnswerSubmissionType)
export class AnswerSubmissionResolver {
  @ResolveField(() => MunicipalityType)
  municipality(@Parent() s: AnswerSubmissionType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(municipalityById).load(s.municipalityId);
  }
}

/** An answer reached only through a visible path (Round.answers, its own mutations). */
@Resolver(() => AnswerType)
export class AnswerResolver {
  @ResolveField(() => IndicatorType)
  indicator(@Parent() answer: AnswerType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(indicatorById).load(answer.indicatorId);
  }

  @ResolveField(() => MunicipalityType)
  municipality(@Parent() answer: AnswerType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(municipalityById).load(answer.municipalityId);
  }

  @ResolveField(() => AnswerValueType)
  value(@Parent() answer: AnswerType) {
    return valueOf(answer);
  }

  @ResolveField(() => UserType)
  updatedBy(@Parent() answer: AnswerType, @Context() ctx: RequestContext) {
    return answer.updatedById ? ctx.loaders.of(userById).load(answer.updatedById) : null;
  }

  @ResolveField(() => [AnswerChangeType], {
    description: 'Every change, oldest first: who, when, old → new value and comment, status moves.',
  })
  history(@Parent() answer: AnswerType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(historyOfAnswer).load(answer.id);
  }
}

@Resolver(() => AnswerChangeType)
export class AnswerChangeResolver {
  @ResolveField(() => UserType, { nullable: true })
  actor(@Parent() change: AnswerChangeType, @Context() ctx: RequestContext) {
    return change.actorId ? ctx.loaders.of(userById).load(change.actorId) : null;
  }
}

@Resolver(() => AnswerPrefillType)
export class AnswerPrefillResolver {
  @ResolveField(() => IndicatorType)
  indicator(@Parent() prefill: AnswerPrefillType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(indicatorById).load(prefill.indicatorId);
  }
}
