import { Module } from '@nestjs/common';
import { ProgrammeFinderModule } from '../programmes/programme-finder.module';
import { ProgrammeQuotasController } from './quotas.controller';
import { QuotasRepository } from './quotas.repository';
import { QuotasService } from './quotas.service';

/** Pilot quotas per region of a programme: the entity, its queries, the screen's endpoints. */
@Module({
  imports: [ProgrammeFinderModule],
  controllers: [ProgrammeQuotasController],
  providers: [QuotasService, QuotasRepository],
  exports: [QuotasService],
})
export class QuotasModule {}
