import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { searchDiscussionsSchema } from '@samrad/domain';
import { AccessPolicy } from '../../common/access-policy.service.js';
import type { RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { DiscussionSearchHitType, SearchDiscussionsInput } from './search.types.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => [DiscussionSearchHitType], {
    description:
      "Search the network's discussions (removed comments excluded), best match first, with highlighted " +
      'snippets. NOT_FOUND unless I am a member.',
  })
  async searchDiscussions(@Args('input') input: SearchDiscussionsInput, @Context() ctx: RequestContext) {
    const query = parseInput(searchDiscussionsSchema, input);
    await this.policy.require(ctx, 'network.view', { networkId: query.networkId });
    return this.search.search(query);
  }
}
