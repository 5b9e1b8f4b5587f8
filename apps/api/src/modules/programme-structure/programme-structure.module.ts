import { Module } from '@nestjs/common';
import { ProgrammeFinderModule } from '../programmes/programme-finder.module';
import { ProgrammeStructureController } from './programme-structure.controller';
import { ProgrammeStructureRepository } from './programme-structure.repository';
import { ProgrammeStructureService } from './programme-structure.service';

@Module({
  imports: [ProgrammeFinderModule],
  controllers: [ProgrammeStructureController],
  providers: [ProgrammeStructureService, ProgrammeStructureRepository],
  exports: [ProgrammeStructureRepository],
})
export class ProgrammeStructureModule {}
