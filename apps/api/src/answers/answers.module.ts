import { Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HomeModule } from '../home/home.module.js';
import { WorkItemSources } from '../home/work-items.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { answerWork } from './answer-work.js';
import { AnswersResolver } from './answers.resolver.js';
import { AnswersService } from './answers.service.js';
import { AnswersVisibility } from './answers-visibility.js';
import { AnswersFileController } from './file/answers-file.controller.js';
import { AnswersImportService } from './file/answers-import.service.js';
import {
  AnswerChangeResolver,
  AnswerPrefillResolver,
  AnswerResolver,
  AnswerSubmissionResolver,
  RoundAnswersResolver,
} from './round-answers.resolver.js';

/** Answers: entry with optimistic locking, submission and approval, give-to-get visibility, history. */
@Module({
  imports: [RealtimeModule, HomeModule],
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
    AnswerPrefillResolver,
  ],
})
export class AnswersModule {
  constructor(sources: WorkItemSources, @InjectDataSource() dataSource: DataSource) {
    sources.register('answers', answerWork(dataSource));
  }
}
