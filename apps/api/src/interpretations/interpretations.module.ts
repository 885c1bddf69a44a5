import { Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HomeModule } from '../home/home.module.js';
import { WorkItemSources } from '../home/work-items.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ConsensusRuleService } from './consensus-rule.service.js';
import { InterpretationsResolver } from './interpretations.resolver.js';
import { InterpretationsService } from './interpretations.service.js';
import { positionWork } from './position-work.js';
import { PositionResolver, ProposalResolver } from './proposal.resolver.js';
import {
  NetworkConsensusRuleResolver,
  RoundInterpretationsResolver,
  RoundQuestionResolver,
} from './round-interpretations.resolver.js';

/** Joint interpretation: proposals, positions, outcomes, and the reading that travels with a question. */
@Module({
  imports: [RealtimeModule, HomeModule],
  providers: [
    InterpretationsService,
    ConsensusRuleService,
    InterpretationsResolver,
    ProposalResolver,
    PositionResolver,
    RoundInterpretationsResolver,
    RoundQuestionResolver,
    NetworkConsensusRuleResolver,
  ],
})
export class InterpretationsModule {
  constructor(sources: WorkItemSources, @InjectDataSource() dataSource: DataSource) {
    sources.register('positions', positionWork(dataSource));
  }
}
