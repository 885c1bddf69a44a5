import { Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { HomeModule } from '../home/home.module.js';
import { WorkItemSources } from '../home/work-items.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import {
  CommitmentsResolver,
  LocalMeasureResolver,
  LocalMeasureValueResolver,
} from './commitments/commitments.resolver.js';
import { CommitmentsService } from './commitments/commitments.service.js';
import { MyCommitmentsService } from './commitments/my-commitments.service.js';
import { GoalRooms } from './goal-rooms.js';
import { GoalSubjects } from './goal-subjects.js';
import { GoalsResolver, NetworkGoalsResolver } from './goals.resolver.js';
import { GoalsService } from './goals.service.js';
import { MilestonesResolver } from './milestones/milestones.resolver.js';
import { MilestonesService } from './milestones/milestones.service.js';
import { ProgressResolver } from './progress/progress.resolver.js';
import { progressWork } from './progress/progress-work.js';
import { ProgressService } from './progress/progress.service.js';
import { WorkItemGoalResolver } from './progress/work-item-goal.resolver.js';
import { GoalReminders } from './reminders/reminders.js';

/**
 * Joint development goals: goals (status, history, linked indicators and their follow-up across
 * years), milestones, commitments with local measures, and progress; reminders to commitment owners
 * (reminders/, jobs of the queue) and progress to report on the home (progress/progress-work.ts). Registers the `goal:` room kind and goals as discussion subjects.
 */
@Module({
  imports: [RealtimeModule, DiscussionsModule, NotificationsModule, HomeModule],
  providers: [
    GoalsService,
    GoalsResolver,
    NetworkGoalsResolver,
    GoalRooms,
    GoalSubjects,
    MilestonesService,
    MilestonesResolver,
    CommitmentsService,
    MyCommitmentsService,
    CommitmentsResolver,
    LocalMeasureResolver,
    LocalMeasureValueResolver,
    ProgressService,
    ProgressResolver,
    GoalReminders,
    WorkItemGoalResolver,
  ],
})
export class GoalsModule {
  constructor(sources: WorkItemSources, @InjectDataSource() dataSource: DataSource) {
    sources.register('progress', progressWork(dataSource));
  }
}
