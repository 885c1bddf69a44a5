import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy.service.js';
import { Lifecycle } from './lifecycle.service.js';
import { RateLimiterService } from './rate-limiter.service.js';
import { RedisService } from './redis.service.js';

/**
 * Cross-cutting services every feature may inject (the access policy, Redis, rate limits): the one
 * global module. Feature modules import each other explicitly, so their dependencies show.
 */
@Global()
@Module({
  providers: [RedisService, RateLimiterService, AccessPolicy, Lifecycle],
  exports: [RedisService, RateLimiterService, AccessPolicy, Lifecycle],
})
export class CommonModule {}
