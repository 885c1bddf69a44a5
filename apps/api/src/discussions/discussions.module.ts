import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CommentsResolver } from './comments/comments.resolver.js';
import { CommentsService } from './comments/comments.service.js';
import { SearchResolver } from './search/search.resolver.js';
import { SearchService } from './search/search.service.js';
import { CoreSubjects } from './subjects/core-subjects.js';
import { DiscussionSubjects } from './subjects/discussion-subjects.js';
import { ThreadRooms } from './threads/thread-rooms.js';
import { ThreadsResolver } from './threads/threads.resolver.js';
import { ThreadsService } from './threads/threads.service.js';

/**
 * Discussions: threads on the network's subjects, comments (markdown, mentions, replies, edit history,
 * soft removal), following, permalinks and search. Other features plug their subjects in through
 * `DiscussionSubjects.register` (exported), as they register room kinds with `RoomAccess`.
 */
@Module({
  imports: [RealtimeModule, NotificationsModule],
  providers: [
    DiscussionSubjects,
    CoreSubjects,
    ThreadsService,
    CommentsService,
    ThreadsResolver,
    CommentsResolver,
    ThreadRooms,
    SearchService,
    SearchResolver,
  ],
  exports: [DiscussionSubjects],
})
export class DiscussionsModule {}
