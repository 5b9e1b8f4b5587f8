import { Module } from '@nestjs/common';
import { ProgrammeStructureModule } from '../programme-structure/programme-structure.module';
import { ProgrammeFinderModule } from '../programmes/programme-finder.module';
import { LedgerTasksController } from './ledger-tasks.controller';
import { LedgerTasksRepository } from './ledger-tasks.repository';
import { LedgerTasksService } from './ledger-tasks.service';

@Module({
  imports: [ProgrammeFinderModule, ProgrammeStructureModule],
  controllers: [LedgerTasksController],
  providers: [LedgerTasksService, LedgerTasksRepository],
  exports: [LedgerTasksService, LedgerTasksRepository],
})
export class LedgerTasksModule {}
