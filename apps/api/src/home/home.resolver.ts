import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { municipalityById, networkById } from '../networks/networks.loaders.js';
import { MunicipalityType, NetworkType } from '../networks/network.types.js';
import { HomeService } from './home.service.js';
import { WorkItemType } from './home.types.js';
import type { WorkItem } from './work-items.js';

/** `myWork`: the home page's list. Items come only from my own memberships, so no further access check. */
@Resolver(() => WorkItemType)
export class HomeResolver {
  constructor(private readonly home: HomeService) {}

  @Query(() => [WorkItemType], {
    description: 'What is mine to do now across all my networks, soonest deadline first.',
  })
  myWork(@CurrentUser() user: AuthUser): Promise<WorkItem[]> {
    return this.home.workOf(user.id);
  }

  @ResolveField(() => NetworkType)
  network(@Parent() item: WorkItem, @Context() ctx: RequestContext) {
    return item.network ?? ctx.loaders.of(networkById).load(item.networkId);
  }

  @ResolveField(() => MunicipalityType, {
    nullable: true,
    description: 'My municipality, for MUNICIPALITY_PHASE.',
  })
  municipality(@Parent() item: WorkItem, @Context() ctx: RequestContext) {
    return item.municipalityId ? ctx.loaders.of(municipalityById).load(item.municipalityId) : null;
  }
}
