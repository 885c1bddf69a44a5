import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../common/access-policy.service.js';
import type { RequestContext } from '../common/request-context.js';
import { RoundType } from '../rounds/rounds.types.js';
import { compileRound, type CompilableRound } from './compilation.service.js';
import { CompilationType } from './compilation.types.js';

/** The compilation of a round (the round was access-checked where it was loaded). */
@Resolver(() => RoundType)
export class RoundCompilationResolver {
  constructor(private readonly policy: AccessPolicy) {}

  @ResolveField(() => CompilationType, {
    description:
      'The side-by-side matrix: per question a cell per member municipality, the summary, the national reference, ' +
      'the agreed interpretation and the leaders. Give-to-get as Round.answers: before COMPILATION a municipality ' +
      'that has not submitted sees only its own answers, and every figure is computed over what the caller sees.',
  })
  async compilation(@Parent() round: CompilableRound, @Context() ctx: RequestContext) {
    return compileRound(ctx.loaders, round, await this.policy.grants(ctx, round.networkId));
  }
}
