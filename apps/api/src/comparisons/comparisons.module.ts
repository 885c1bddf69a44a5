import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ComparisonsResolver, NetworkGroupsResolver } from './comparisons.resolver.js';
import { MunicipalityGroupsService } from './municipality-groups.service.js';

/** Comparisons beside the compilation: saved groups of similar municipalities, an indicator over the years. */
@Module({
  imports: [RealtimeModule],
  providers: [MunicipalityGroupsService, ComparisonsResolver, NetworkGroupsResolver],
})
export class ComparisonsModule {}
