import { Global, Module } from '@nestjs/common';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { TokenService } from './token.service.js';

@Global()
@Module({
  providers: [IdentityService, TokenService, IdentityResolver],
  exports: [IdentityService, TokenService],
})
export class IdentityModule {}
