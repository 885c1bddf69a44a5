import { Module } from '@nestjs/common';
import { CatalogueResolver } from './catalogue.resolver.js';
import { CatalogueService } from './catalogue.service.js';

@Module({ providers: [CatalogueService, CatalogueResolver], exports: [CatalogueService] })
export class CatalogueModule {}
