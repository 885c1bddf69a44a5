import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, unsubscribeSchema } from '@samrad/domain';
import { AppConfig } from '../../config/app-config.js';
import { badInput } from '../../common/app-error.js';
import { Public } from '../../common/auth/auth.decorators.js';
import { parseInput } from '../../common/validation.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { UnsubscribeResultType } from '../inbox/notifications.types.js';
import { PreferencesService } from '../preferences/preferences.service.js';
import { readUnsubscribeToken } from './unsubscribe-token.js';

/** The digest's "no more of these" link: works without signing in, through its signed token only. */
@Resolver(() => UnsubscribeResultType)
export class UnsubscribeResolver {
  constructor(
    private readonly preferences: PreferencesService,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => UnsubscribeResultType, {
    description:
      'From an e-mail digest’s link, signed in or not: that kind (or all e-mail) now comes in the app only. ' +
      'A forged or altered token is BAD_USER_INPUT. Using a link again changes nothing more.',
  })
  async unsubscribe(@Args('token') token: string) {
    const read = readUnsubscribeToken(this.config.jwtSecret, parseInput(unsubscribeSchema, { token }).token);
    if (!read) throw badInput('The link is not valid', { field: 'token' });
    const own = await this.preferences.list(read.userId);
    const lowered = own
      .filter((p) => p.channel === 'EMAIL' && (read.scope === 'ALL' || p.kind === read.scope))
      .map((p) => p.kind);
    await this.uow.run(async ({ manager }) => {
      // the user may have been deleted since: then there is nothing to change
      const [user] = (await manager.query(`SELECT 1 FROM users WHERE id = $1`, [read.userId])) as unknown[];
      if (!user) return;
      for (const kind of lowered) await this.preferences.set(read.userId, kind, 'IN_APP', manager);
    });
    return {
      kinds: read.scope === 'ALL' ? lowered : [...NOTIFICATION_KINDS].filter((k) => k === read.scope),
    };
  }
}
