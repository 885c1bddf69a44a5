import { Module } from '@nestjs/common';
import { HomeResolver } from './home.resolver.js';
import { HomeService } from './home.service.js';
import { invitationWork, roundWork } from './round-work.js';
import { WorkItemSources } from './work-items.js';

/** The home page's "what is mine to do now". Later features import this module and register a source. */
@Module({
  providers: [WorkItemSources, HomeService, HomeResolver],
  exports: [WorkItemSources],
})
export class HomeModule {
  constructor(sources: WorkItemSources) {
    sources.register('rounds', roundWork);
    sources.register('invitations', invitationWork);
  }
}
