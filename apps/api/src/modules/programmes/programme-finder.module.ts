import { Module } from '@nestjs/common';
import { ProgrammeFinder } from './programme-finder.service';
import { ProgrammesRepository } from './programmes.repository';

/** The programme lookup every programme resource starts with; also used by guidance and progress reports. */
@Module({
  providers: [ProgrammesRepository, ProgrammeFinder],
  exports: [ProgrammesRepository, ProgrammeFinder],
})
export class ProgrammeFinderModule {}
