import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppErrorFilter } from './common/app-error.filter.js';
import { AuthGuard, signedInCaller } from './identity/auth.guard.js';
import { oneAuthMutationRule } from './common/auth/one-auth-mutation.js';
import { CommonModule } from './common/common.module.js';
import { formatGraphQLError } from './common/graphql-errors.js';
import { executionTimeLimit, queryLimitsRule } from './common/query-limits.js';
import { jitExecution } from './common/jit-execution.js';
import { withPlainFieldReads } from './common/plain-field-reads.js';
import { keptResponses } from './common/kept-responses/kept-responses.js';
import { Loaders } from './common/loaders.js';
import type { RequestContext } from './common/request-context.js';
import { requestLogging } from './common/request-logging.js';
import { AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source.js';
import { HealthModule } from './health/health.module.js';
import { MetricsService } from './health/metrics.service.js';
import { IdentityModule } from './identity/identity.module.js';
import { IdentityService } from './identity/identity.service.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { MunicipalitiesModule } from './municipalities/municipalities.module.js';
import { NetworksModule } from './networks/networks.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { AuditModule } from './audit/audit.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { RoundsModule } from './rounds/rounds.module.js';
import { InterpretationsModule } from './interpretations/interpretations.module.js';
import { AnswersModule } from './answers/answers.module.js';
import { HomeModule } from './home/home.module.js';
import { CompilationModule } from './compilation/compilation.module.js';
import { ComparisonsModule } from './comparisons/comparisons.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { Clock, SystemClock } from './jobs/clock.js';
import { JobsModule } from './jobs/jobs.module.js';
import { GoalsModule } from './goals/goals.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { DiscussionsModule } from './discussions/discussions.module.js';

/** The feature modules, in the order the domain builds on them. */
const features = [
  IdentityModule,
  RealtimeModule,
  NotificationsModule,
  MunicipalitiesModule,
  NetworksModule,
  AuditModule,
  CatalogueModule,
  RoundsModule,
  InterpretationsModule,
  AnswersModule,
  CompilationModule,
  ComparisonsModule,
  ExportsModule,
  GoalsModule,
  MeetingsModule,
  DiscussionsModule,
  HomeModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
      exports: [AppConfig, Clock],
      imports: [
        LoggerModule.forRoot({
          pinoHttp: requestLogging(config.env.LOG_LEVEL, config.env.SLOW_REQUEST_MS),
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), migrationsRun: true }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [HealthModule, IdentityModule],
          inject: [getDataSourceToken(), MetricsService, IdentityService],
          useFactory: (dataSource: DataSource, metrics: MetricsService, identity: IdentityService) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            transformSchema: withPlainFieldReads,
            playground: false,
            // Production: no schema tour for strangers (introspection, "Did you mean …" hints).
            introspection: !config.isProduction,
            hideSchemaDetailsFromClientErrors: config.isProduction,
            includeStacktraceInErrorResponses: false,
            // Automatic persisted queries are not used by the web and only add a hash-mismatch error path.
            persistedQueries: false,
            // Refuses huge documents before validation walks them (the web's largest has under 100 tokens).
            parseOptions: { maxTokens: 2_000 },
            validationRules: [queryLimitsRule(), oneAuthMutationRule],
            // Cache control is on by default and wraps every field to compute cache hints; no response
            // is cached over HTTP (every answer depends on the caller), so it is only cost.
            plugins: [
              ApolloServerPluginCacheControlDisabled(),
              executionTimeLimit(config.env.QUERY_TIME_LIMIT_MS), // first: it arms the deadline for both executors
              // before jit: a kept answer needs no execution
              keptResponses({
                signedIn: (req) => signedInCaller(identity, req),
                counted: (outcome) => metrics.keptAnswers.inc({ outcome }),
              }),
              jitExecution(),
            ],
            context: ({ req, res }: Pick<RequestContext, 'req' | 'res'>): RequestContext => ({
              req,
              res,
              loaders: new Loaders(dataSource),
            }),
            formatError: formatGraphQLError,
          }),
        }),
        CommonModule,
        HealthModule,
        JobsModule,
        ...features,
      ],
    };
  }
}
