import { ListExportModule } from '../../common/xlsx/list-export.module';
import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { QuotasModule } from '../quotas/quotas.module';
import { EnterprisePlansController } from './enterprise-plans.controller';
import { EnterprisePlansRepository } from './enterprise-plans.repository';
import { EnterprisePlansService } from './enterprise-plans.service';
import { PilotApplicationsController } from './pilots.controller';
import { PilotsRepository } from './pilots.repository';
import { PilotsService } from './pilots.service';

@Module({
  imports: [AttachmentsModule, ListExportModule, QuotasModule],
  controllers: [PilotApplicationsController, EnterprisePlansController],
  providers: [PilotsService, PilotsRepository, EnterprisePlansService, EnterprisePlansRepository],
})
export class PilotsModule {}
