import { Injectable, type OnModuleInit } from '@nestjs/common';
import { roomName } from '@samrad/domain';
import { DiscussionSubjects } from '../discussions/subjects/discussion-subjects.js';

/** Goals are discussion subjects (GOAL): a goal's threads belong to its network and are told in its room. */
@Injectable()
export class GoalSubjects implements OnModuleInit {
  constructor(private readonly subjects: DiscussionSubjects) {}

  onModuleInit(): void {
    this.subjects.registerRow('GOAL', 'goals', (goal) => roomName('goal', goal.id));
  }
}
