import { Module } from '@nestjs/common';
import { CompilationModule } from '../compilation/compilation.module.js';
import { CompilationExportController } from './compilation-export.controller.js';

/** Files made from a round's compilation (CSV, Excel, PDF), with the compilation's access and visibility. */
@Module({
  imports: [CompilationModule],
  controllers: [CompilationExportController],
})
export class ExportsModule {}
