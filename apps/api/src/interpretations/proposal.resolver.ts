import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { tally } from '@samrad/domain';
import type { RequestContext } from '../common/request-context.js';
import { indicatorById } from '../catalogue/catalogue.loaders.js';
import { IndicatorType } from '../catalogue/catalogue.types.js';
import { UserType } from '../identity/user.types.js';
import { userById } from '../identity/identity.loaders.js';
import { municipalityById } from '../networks/networks.loaders.js';
import { MunicipalityType } from '../networks/network.types.js';
import { roundById } from '../rounds/rounds.loaders.js';
import { RoundType } from '../rounds/rounds.types.js';
import { consensusOfRound, positionHistoryOfProposal, proposalById } from './interpretations.loaders.js';
import { InterpretationProposalType, PositionType, TallyType } from './interpretations.types.js';

/** Fields of a proposal: it was access-checked with its round, and everything here is of the same network. */
@Resolver(() => InterpretationProposalType)
export class ProposalResolver {
  @ResolveField(() => IndicatorType)
  async indicator(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(indicatorById).load(proposal.indicatorId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'When to look at the reading again (YYYY-MM-DD).',
  })
  reviewBy(@Parent() proposal: InterpretationProposalType): string | null {
    return dayOf(proposal.reviewBy);
  }

  @ResolveField(() => RoundType, { description: 'The round it was proposed in (its set gives the year).' })
  async round(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(roundById).load(proposal.roundId);
  }

  @ResolveField(() => UserType)
  async author(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(userById).load(proposal.authorId);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'The coordinator who recorded the outcome.' })
  async resolvedBy(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return proposal.resolvedById ? ctx.loaders.of(userById).load(proposal.resolvedById) : null;
  }

  @ResolveField(() => [PositionType], { description: 'The current position of each municipality.' })
  async positions(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return (await ctx.loaders.of(positionHistoryOfProposal).load(proposal.id)).filter((p) => p.current);
  }

  @ResolveField(() => [PositionType], {
    description: 'Every position taken, replaced ones included, oldest first.',
  })
  positionHistory(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(positionHistoryOfProposal).load(proposal.id);
  }

  @ResolveField(() => TallyType, {
    description: "The member municipalities' positions under the network's rule.",
  })
  async tally(
    @Parent() proposal: InterpretationProposalType,
    @Context() ctx: RequestContext,
  ): Promise<TallyType> {
    const [history, context] = await Promise.all([
      ctx.loaders.of(positionHistoryOfProposal).load(proposal.id),
      ctx.loaders.of(consensusOfRound).load(proposal.roundId),
    ]);
    return tally(
      history.filter((p) => p.current),
      context.memberMunicipalityIds,
      context.rule,
    );
  }

  @ResolveField(() => InterpretationProposalType, {
    nullable: true,
    description: 'The agreed proposal that superseded this one.',
  })
  async supersededBy(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return proposal.supersededById ? ctx.loaders.of(proposalById).load(proposal.supersededById) : null;
  }

  @ResolveField(() => InterpretationProposalType, {
    nullable: true,
    description: "The earlier round's agreed interpretation this one re-confirms.",
  })
  async confirms(@Parent() proposal: InterpretationProposalType, @Context() ctx: RequestContext) {
    return proposal.confirmsId ? ctx.loaders.of(proposalById).load(proposal.confirmsId) : null;
  }
}

@Resolver(() => PositionType)
export class PositionResolver {
  @ResolveField(() => MunicipalityType)
  async municipality(@Parent() position: PositionType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(municipalityById).load(position.municipalityId);
  }

  @ResolveField(() => UserType, { description: 'Who took the position for the municipality.' })
  async user(@Parent() position: PositionType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(userById).load(position.userId);
  }
}

/** A `date` column as YYYY-MM-DD: node-postgres parses it as local midnight, TypeORM entities keep the text. */
function dayOf(value: string | Date | null): string | null {
  if (value === null || typeof value === 'string') return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
