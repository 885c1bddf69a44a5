import { Module } from '@nestjs/common';
import { MunicipalitiesResolver } from './municipalities.resolver.js';
import { MunicipalitiesService } from './municipalities.service.js';

/**
 * Municipalities: product data (290 Swedish, 98 Danish), upserted at every boot from
 * data/municipalities.csv (municipalities.seed.ts), and searchable by every signed-in user.
 */
@Module({
  providers: [MunicipalitiesService, MunicipalitiesResolver],
  exports: [MunicipalitiesService],
})
export class MunicipalitiesModule {}
