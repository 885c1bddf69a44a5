import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { WorkItemType } from '../../home/home.types.js';
import type { WorkItem } from '../../home/work-items.js';
import { GoalType } from '../goals.types.js';

/**
 * `WorkItem.goal`: the goal a PROGRESS_TO_REPORT item is about. Its source read the row with the
 * item, from my own commitments, so nothing to load or check here.
 */
@Resolver(() => WorkItemType)
export class WorkItemGoalResolver {
  @ResolveField(() => GoalType, { nullable: true, description: 'The goal, for PROGRESS_TO_REPORT.' })
  goal(@Parent() item: WorkItem) {
    return item.goal ?? null;
  }
}
