import { Module } from '@nestjs/common';
import { PilotApplicationsController } from './pilots.controller';
import { PilotsRepository } from './pilots.repository';
import { PilotsService } from './pilots.service';
import { PlansService } from './plans.service';

@Module({
  controllers: [PilotApplicationsController],
  providers: [PilotsService, PilotsRepository, PlansService],
})
export class PilotsModule {}
