import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { AnswersResolver } from './answers.resolver.js';
import { AnswersService } from './answers.service.js';
import { AnswersVisibility } from './answers-visibility.js';
import { AnswersFileController } from './file/answers-file.controller.js';
import { AnswersImportService } from './file/answers-import.service.js';
import {
  AnswerChangeResolver,
  AnswerResolver,
  AnswerSubmissionResolver,
  RoundAnswersResolver,
} from './round-answers.resolver.js';

/** Answers: entry with optimistic locking, submission and approval, give-to-get visibility, history. */
@Module({
  imports: [RealtimeModule],
  controllers: [AnswersFileController],
  providers: [
    AnswersService,
    AnswersImportService,
    AnswersResolver,
    AnswersVisibility,
    RoundAnswersResolver,
    AnswerResolver,
    AnswerSubmissionResolver,
    AnswerChangeResolver,
  ],
})
export class AnswersModule {}
