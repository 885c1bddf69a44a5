import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { markNotificationsReadSchema, notificationsPageSchema } from '@samrad/domain';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationPageType, NotificationType } from './notifications.types.js';

/** My notifications: only ever the caller's own (someone else's id is NOT_FOUND). */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationsService) {}

  @Query(() => NotificationPageType, { description: 'My notifications, newest first.' })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'The `endCursor` of the page before.' })
    after?: string,
  ) {
    const page = parseInput(notificationsPageSchema, { first, after });
    return this.inbox.list(user.id, page.first, page.after);
  }

  @Query(() => Int, { description: 'How many of my notifications are unread (the bell).' })
  unreadNotificationCount(@CurrentUser() user: AuthUser) {
    return this.inbox.unreadCount(user.id);
  }

  @Mutation(() => Int, {
    description:
      'Marks my notifications read: the given ids (all mine, or NOT_FOUND and nothing changes) or all. ' +
      'Returns how many stay unread; my other tabs hear `notifications.read`.',
  })
  markNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[],
    @Args('all', { type: () => Boolean, nullable: true }) all?: boolean,
  ) {
    return this.inbox.markRead(user.id, parseInput(markNotificationsReadSchema, { ids, all }));
  }
}
