import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/request-context.js';
import { NetworkType } from '../networks/network.types.js';
import { roundsOfNetwork } from './rounds.loaders.js';
import { RoundType } from './rounds.types.js';

/** `Network.rounds`: the network is already access-checked where it was loaded. */
@Resolver(() => NetworkType)
export class NetworkRoundsResolver {
  @ResolveField(() => [RoundType], { description: 'The network’s rounds, newest first.' })
  // no parameter decorators: Nest binds it without its per-call wrapper (see NetworkMembersResolver.user)
  rounds(network: NetworkType, _args: unknown, ctx: RequestContext) {
    return ctx.loaders.of(roundsOfNetwork).loadNow(network.id);
  }
}
