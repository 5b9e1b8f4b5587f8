import { Module } from '@nestjs/common';
import { EnterprisePlansController } from './enterprise-plans.controller';
import { EnterprisePlansRepository } from './enterprise-plans.repository';
import { EnterprisePlansService } from './enterprise-plans.service';
import { PilotApplicationsController, ProgrammeQuotasController } from './pilots.controller';
import { PilotsRepository } from './pilots.repository';
import { PilotsService } from './pilots.service';
import { QuotasService } from './quotas.service';

@Module({
  controllers: [PilotApplicationsController, EnterprisePlansController, ProgrammeQuotasController],
  providers: [
    PilotsService,
    PilotsRepository,
    QuotasService,
    EnterprisePlansService,
    EnterprisePlansRepository,
  ],
})
export class PilotsModule {}
