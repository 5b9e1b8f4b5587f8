import { Module } from '@nestjs/common';
import { PilotApplicationsController, ProgrammeQuotasController } from './pilots.controller';
import { PilotsRepository } from './pilots.repository';
import { PilotsService } from './pilots.service';
import { PlansService } from './plans.service';
import { QuotasService } from './quotas.service';

@Module({
  controllers: [PilotApplicationsController, ProgrammeQuotasController],
  providers: [PilotsService, PilotsRepository, QuotasService, PlansService],
})
export class PilotsModule {}
