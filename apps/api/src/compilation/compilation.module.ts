import { Module } from '@nestjs/common';
import { CompilationCellResolver, RoundCompilationResolver } from './compilation.resolver.js';
import { CompilationService } from './compilation.service.js';

/** Step 2 of the working model: the compilation of a round, for the API and for exports. */
@Module({
  providers: [CompilationService, RoundCompilationResolver, CompilationCellResolver],
  exports: [CompilationService],
})
export class CompilationModule {}
