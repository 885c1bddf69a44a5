import { Module } from '@nestjs/common';
import { AuditEntryResolver, NetworkAuditResolver } from './audit.resolver.js';

/** The audit trail: written by each feature in its own transaction (audit.ts), read by coordinators. */
@Module({ providers: [NetworkAuditResolver, AuditEntryResolver] })
export class AuditModule {}
