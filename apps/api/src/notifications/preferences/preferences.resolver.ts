import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  setNotificationPreferenceSchema,
  type NotificationChannel,
  type NotificationKind,
} from '@samrad/domain';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import {
  NotificationChannelEnum,
  NotificationKindEnum,
  NotificationPreferenceType,
} from '../inbox/notifications.types.js';
import { PreferencesService } from './preferences.service.js';

/** My notification settings: per kind off, in-app or e-mail. */
@Resolver(() => NotificationPreferenceType)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Query(() => [NotificationPreferenceType], { description: 'Every kind, with my channel for it.' })
  notificationPreferences(@CurrentUser() user: AuthUser) {
    return this.preferences.list(user.id);
  }

  @Mutation(() => NotificationPreferenceType, {
    description:
      'EMAIL: in-app and in the hourly digest. INVITATION e-mails (with their link) go out anyway.',
  })
  async setNotificationPreference(
    @CurrentUser() user: AuthUser,
    @Args('kind', { type: () => NotificationKindEnum }) kind: NotificationKind,
    @Args('channel', { type: () => NotificationChannelEnum }) channel: NotificationChannel,
  ) {
    const input = parseInput(setNotificationPreferenceSchema, { kind, channel });
    await this.preferences.set(user.id, input.kind, input.channel);
    return { ...input, isDefault: false };
  }
}
