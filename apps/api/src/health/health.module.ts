import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { HealthController } from './health.controller.js';
import { MetricsService } from './metrics.service.js';

@Module({ controllers: [HealthController], providers: [MetricsService], exports: [MetricsService] })
export class HealthModule implements NestModule {
  constructor(private readonly metrics: MetricsService) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((req: Request, res: Response, next: NextFunction) => {
        const end = this.metrics.httpDuration.startTimer({ method: req.method });
        res.on('finish', () => {
          const route =
            req.baseUrl + (req.route?.path ?? (req.path.startsWith('/graphql') ? '/graphql' : ''));
          end({ route: route || 'other', status: String(res.statusCode) });
        });
        next();
      })
      .forRoutes('*path');
  }
}
