import { Module } from '@nestjs/common';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { SessionCache } from './session-cache.js';
import { TokenService } from './token.service.js';

/** Accounts and sessions; other modules import it for tokens (invitations) and the socket handshake. */
@Module({
  providers: [IdentityService, TokenService, IdentityResolver, SessionCache],
  exports: [IdentityService, TokenService, SessionCache],
})
export class IdentityModule {}
