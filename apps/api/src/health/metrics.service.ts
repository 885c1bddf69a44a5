import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics: the process defaults plus request durations, one registry per app instance. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'samrad_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /** Queries that could be answered from a kept answer (`keptResponses`): held (hit) or executed (miss). */
  readonly keptAnswers = new Counter({
    name: 'samrad_graphql_kept_answers_total',
    help: 'Keepable GraphQL queries by outcome: hit (answered from a kept answer) or miss (executed and kept)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
