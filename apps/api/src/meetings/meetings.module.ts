import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { MeetingSubjects } from './meeting-subjects.js';
import { MinutesExportController } from './minutes/minutes-export.controller.js';
import { MeetingDecisionResolver, MeetingsResolver, NetworkMeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

/**
 * Network meetings: the meeting with its agenda, minutes and decisions (linking goals or interpretations of
 * the network), agenda suggestions from the agreed interpretations and goals, the minutes as PDF
 * (minutes/), and meetings as discussion subjects (MEETING).
 */
@Module({
  imports: [RealtimeModule, DiscussionsModule],
  controllers: [MinutesExportController],
  providers: [
    MeetingsService,
    MeetingsResolver,
    MeetingDecisionResolver,
    NetworkMeetingsResolver,
    MeetingSubjects,
  ],
})
export class MeetingsModule {}
