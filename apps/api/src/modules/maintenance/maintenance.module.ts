import { Module } from '@nestjs/common';
import { IdempotencyRepository } from '../../common/idempotency/idempotency.repository';
import { QueuesModule } from '../queues/queues.module';
import { WageImportsModule } from '../wage-uploads/wage-uploads.module';
import { MaintenanceProcessor } from './maintenance.processor';

/** Worker-side only: the maintenance queue's processor. */
@Module({
  imports: [QueuesModule, WageImportsModule],
  providers: [MaintenanceProcessor, IdempotencyRepository],
})
export class MaintenanceModule {}
