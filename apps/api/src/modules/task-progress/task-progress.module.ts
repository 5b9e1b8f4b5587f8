import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { LedgerTasksModule } from '../ledger-tasks/ledger-tasks.module';
import { ProgrammeStructureModule } from '../programme-structure/programme-structure.module';
import { ProgrammeFinderModule } from '../programmes/programme-finder.module';
import { TaskProgressController } from './task-progress.controller';
import { TaskProgressRepository } from './task-progress.repository';
import { TaskProgressService } from './task-progress.service';

@Module({
  imports: [AttachmentsModule, ProgrammeFinderModule, ProgrammeStructureModule, LedgerTasksModule],
  controllers: [TaskProgressController],
  providers: [TaskProgressService, TaskProgressRepository],
  exports: [TaskProgressService],
})
export class TaskProgressModule {}
