import { Module } from '@nestjs/common';
import { CatalogueResolver } from './catalogue.resolver.js';
import { CatalogueService } from './catalogue.service.js';
import { IndicatorSetImportController } from './imports/indicator-set-import.controller.js';

@Module({
  controllers: [IndicatorSetImportController],
  providers: [CatalogueService, CatalogueResolver],
  exports: [CatalogueService],
})
export class CatalogueModule {}
