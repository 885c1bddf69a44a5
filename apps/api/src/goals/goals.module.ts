import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import {
  CommitmentsResolver,
  LocalMeasureResolver,
  LocalMeasureValueResolver,
} from './commitments/commitments.resolver.js';
import { CommitmentsService } from './commitments/commitments.service.js';
import { MyCommitmentsService } from './commitments/my-commitments.service.js';
import { GoalRooms } from './goal-rooms.js';
import { GoalsResolver, NetworkGoalsResolver } from './goals.resolver.js';
import { GoalsService } from './goals.service.js';
import { MilestonesResolver } from './milestones/milestones.resolver.js';
import { MilestonesService } from './milestones/milestones.service.js';
import { ProgressResolver } from './progress/progress.resolver.js';
import { ProgressService } from './progress/progress.service.js';

/**
 * Joint development goals: goals (status, history, linked indicators and their follow-up across
 * years), milestones, commitments with local measures, and progress. Registers the `goal:` room kind.
 */
@Module({
  imports: [RealtimeModule],
  providers: [
    GoalsService,
    GoalsResolver,
    NetworkGoalsResolver,
    GoalRooms,
    MilestonesService,
    MilestonesResolver,
    CommitmentsService,
    MyCommitmentsService,
    CommitmentsResolver,
    LocalMeasureResolver,
    LocalMeasureValueResolver,
    ProgressService,
    ProgressResolver,
  ],
})
export class GoalsModule {}
