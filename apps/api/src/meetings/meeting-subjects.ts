import { Injectable, type OnModuleInit } from '@nestjs/common';
import { roomName } from '@samrad/domain';
import { DiscussionSubjects } from '../discussions/subjects/discussion-subjects.js';

/**
 * Meetings are discussion subjects (MEETING): a meeting's threads belong to its network and are told in the
 * network's room, where the meeting's own events go too (no room kind of its own: docs/decisions.md).
 */
@Injectable()
export class MeetingSubjects implements OnModuleInit {
  constructor(private readonly subjects: DiscussionSubjects) {}

  onModuleInit(): void {
    this.subjects.registerRow('MEETING', 'meetings', (meeting) => roomName('network', meeting.network_id));
  }
}
