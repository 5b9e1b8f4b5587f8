import { Module } from '@nestjs/common';
import { ProgrammeStructureModule } from '../programme-structure/programme-structure.module';
import { ProgrammeFinderModule } from '../programmes/programme-finder.module';
import { LedgerProgressModule } from './ledger-progress.module';
import { LedgerTasksController } from './ledger-tasks.controller';
import { LedgerTasksService } from './ledger-tasks.service';

@Module({
  imports: [ProgrammeFinderModule, ProgrammeStructureModule, LedgerProgressModule],
  controllers: [LedgerTasksController],
  providers: [LedgerTasksService],
  exports: [LedgerTasksService, LedgerProgressModule],
})
export class LedgerTasksModule {}
