import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ConsensusRuleService } from './consensus-rule.service.js';
import { InterpretationsResolver } from './interpretations.resolver.js';
import { InterpretationsService } from './interpretations.service.js';
import { PositionResolver, ProposalResolver } from './proposal.resolver.js';
import {
  NetworkConsensusRuleResolver,
  RoundInterpretationsResolver,
  RoundQuestionResolver,
} from './round-interpretations.resolver.js';

/** Joint interpretation: proposals, positions, outcomes, and the reading that travels with a question. */
@Module({
  imports: [RealtimeModule],
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
export class InterpretationsModule {}
