import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { WageImportsModule } from '../wage-uploads/wage-uploads.module';
import { MaintenanceProcessor } from './maintenance.processor';

/** Worker-side only: the maintenance queue's processor. */
@Module({
  imports: [QueuesModule, WageImportsModule],
  providers: [MaintenanceProcessor],
})
export class MaintenanceModule {}
