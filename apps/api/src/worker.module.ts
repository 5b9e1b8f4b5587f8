import { CryptoModule } from './common/crypto/crypto.module';
import { Module } from '@nestjs/common';
import { ConfigModule } from './common/config/config.module';
import { RequestContextModule } from './common/context/context.module';
import { DatabaseModule } from './database/database.module';
import { ConcurrencyModule } from './common/http/concurrency';
import { AuditModule } from './modules/audit/audit.module';
import { BenchmarkAggregationModule } from './modules/benchmarks/benchmark-aggregation.module';
import { CredentialsModule } from './modules/auth/credentials.module';
import { MaintenanceModule } from './modules/maintenance/maintenance.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { JobScheduler } from './modules/queues/job-scheduler';
import { QueuesModule } from './modules/queues/queues.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { WageImportsModule } from './modules/wage-uploads/wage-uploads.module';

/** The worker process: BullMQ processors over the same modules as the API, without HTTP. */
@Module({
  imports: [
    ConfigModule,
    RequestContextModule,
    DatabaseModule,
    CryptoModule,
    AuditModule,
    // services the worker shares with the API (e.g. benchmarks) take edit preconditions
    ConcurrencyModule,
    BenchmarkAggregationModule,
    CredentialsModule,
    MaintenanceModule,
    NotificationsModule,
    QueuesModule,
    RemindersModule,
    WageImportsModule,
  ],
  providers: [JobScheduler],
})
export class WorkerModule {}
