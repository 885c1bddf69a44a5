import { Module } from '@nestjs/common';
import { CatalogueResolver } from './catalogue.resolver.js';
import { CatalogueService } from './catalogue.service.js';
import { IndicatorSetImportController } from './imports/indicator-set-import.controller.js';
import { IndicatorReferenceValueResolver, IndicatorResolver } from './indicator.resolver.js';
import { KoladaClient } from './kolada/kolada-client.js';
import { KoladaController } from './kolada/kolada.controller.js';
import { KoladaService } from './kolada/kolada.service.js';

@Module({
  controllers: [IndicatorSetImportController, KoladaController],
  providers: [
    CatalogueService,
    CatalogueResolver,
    IndicatorResolver,
    IndicatorReferenceValueResolver,
    KoladaService,
    KoladaClient,
  ],
  exports: [CatalogueService],
})
export class CatalogueModule {}
