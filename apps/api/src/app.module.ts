import { CryptoModule } from './common/crypto/crypto.module';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessModule } from './common/access/access.module';
import { WorkflowModule } from './common/workflow/workflow.module';
import { AuthGuard } from './common/auth/auth.guard';
import { AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { RequestContextModule } from './common/context/context.module';
import { GlobalExceptionFilter } from './common/errors/global-exception.filter';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { RedisClient, RedisModule, throttlerStorage } from './common/redis/redis.module';
import { DatabaseModule } from './database/database.module';
import { AuditModule } from './modules/audit/audit.module';
import { ConcurrencyModule } from './common/http/concurrency';
import { AuthModule } from './modules/auth/auth.module';
import { CredentialsModule } from './modules/auth/credentials.module';
import { ProgrammeDashboardModule } from './modules/programme-dashboard/programme-dashboard.module';
import { WorkbenchModule } from './modules/workbench/workbench.module';
import { HealthController } from './modules/health/health.controller';
import { HealthRepository } from './modules/health/health.repository';
import { GuidanceModule } from './modules/guidance/guidance.module';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { ProgrammeStructureModule } from './modules/programme-structure/programme-structure.module';
import { LedgerTasksModule } from './modules/ledger-tasks/ledger-tasks.module';
import { TaskProgressModule } from './modules/task-progress/task-progress.module';
import { WorkingGroupModule } from './modules/working-group/working-group.module';
import { QuotasModule } from './modules/quotas/quotas.module';
import { EnterprisesModule } from './modules/enterprises/enterprises.module';
import { PilotsModule } from './modules/pilots/pilots.module';
import { CasesModule } from './modules/cases/cases.module';
import { CaseReviewsModule } from './modules/case-reviews/case-reviews.module';
import { WageUploadsModule } from './modules/wage-uploads/wage-uploads.module';
import { ProgressReportsModule } from './modules/progress-reports/progress-reports.module';
import { ReportSchedulesModule } from './modules/report-schedules/report-schedules.module';
import { BenchmarksModule } from './modules/benchmarks/benchmarks.module';
import { BenchmarkReleasesModule } from './modules/benchmark-releases/benchmark-releases.module';
import { PublicBenchmarksModule } from './modules/public-benchmarks/public-benchmarks.module';
import { BenchmarkPositionModule } from './modules/benchmark-position/benchmark-position.module';
import { OccupationsModule } from './modules/occupations/occupations.module';
import { PayPlansModule } from './modules/pay-plans/pay-plans.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { setWebCacheHeaders } from './common/http/web-cache';
import { QueueBoardController } from './modules/queues/queue-board.controller';
import { QueueProducersModule, QueuesModule } from './modules/queues/queues.module';
import { RegionsModule } from './modules/regions/regions.module';
import { UsersModule } from './modules/users/users.module';
import { MyTasksModule } from './modules/my-tasks/my-tasks.module';
import { ProgrammeStatisticsModule } from './modules/programme-statistics/programme-statistics.module';
import { CaseCollectionsModule } from './modules/case-collections/case-collections.module';
import { EvaluationReportsModule } from './modules/evaluation-reports/evaluation-reports.module';
import { HonoursModule } from './modules/honours/honours.module';
import { TalentListsModule } from './modules/talent-lists/talent-lists.module';
import { TalentStatisticsModule } from './modules/talent-statistics/talent-statistics.module';
import { TalentsModule } from './modules/talents/talents.module';
import { ServiceRequestsModule } from './modules/service-requests/service-requests.module';
import { OpinionNotesModule } from './modules/opinion-notes/opinion-notes.module';
import { PolicyQaModule } from './modules/policy-qa/policy-qa.module';
import { TalentContactsModule } from './modules/talent-contacts/talent-contacts.module';
import { EvaluationModule } from './modules/evaluation/evaluation.module';

@Module({
  imports: [
    ConfigModule,
    RequestContextModule,
    DatabaseModule,
    RedisModule,
    QueueProducersModule.forRoot(),
    QueuesModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, RedisClient],
      useFactory: (config: AppConfig, redisClient: RedisClient) => ({
        throttlers: [{ ttl: 60_000, limit: config.loginRateLimitPerMinute }],
        // without Redis (embedded mode: one API process) the limits are counted in memory
        storage: throttlerStorage(redisClient),
      }),
    }),
    // The built web app when WEB_DIST_DIR is set (npm start); in compose nginx serves it, with
    // the same caching (deploy/nginx.conf).
    ServeStaticModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        config.webDistDir
          ? [
              {
                rootPath: config.webDistDir,
                exclude: ['/api/{*path}'],
                serveStaticOptions: { setHeaders: setWebCacheHeaders },
              },
            ]
          : [],
    }),
    IdempotencyModule,
    AccessModule,
    CryptoModule,
    AuditModule,
    ConcurrencyModule,
    WorkflowModule,
    CredentialsModule,
    AuthModule,
    UsersModule,
    OrganisationsModule,
    RegionsModule,
    NotificationsModule,
    ProgrammesModule,
    ProgrammeStructureModule,
    LedgerTasksModule,
    TaskProgressModule,
    WorkingGroupModule,
    QuotasModule,
    GuidanceModule,
    EnterprisesModule,
    PilotsModule,
    CaseReviewsModule,
    WageUploadsModule,
    // before ProgressReportsModule: /progress-reports/schedule is routed before /progress-reports/:id
    ReportSchedulesModule,
    ProgressReportsModule,
    ServiceRequestsModule,
    OpinionNotesModule,
    TalentContactsModule,
    EvaluationModule,
    BenchmarksModule,
    BenchmarkReleasesModule,
    PublicBenchmarksModule,
    BenchmarkPositionModule,
    OccupationsModule,
    PayPlansModule,
    ProgrammeDashboardModule,
    WorkbenchModule,
    CaseCollectionsModule,
    EvaluationReportsModule,
    HonoursModule,
    TalentListsModule,
    TalentStatisticsModule,
    TalentsModule,
    CasesModule,
    MyTasksModule,
    ProgrammeStatisticsModule,
    PolicyQaModule,
  ],
  controllers: [HealthController, QueueBoardController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: GlobalExceptionFilter },
    HealthRepository,
  ],
})
export class AppModule {}
