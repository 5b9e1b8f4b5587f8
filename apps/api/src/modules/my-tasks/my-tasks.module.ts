import { Module } from '@nestjs/common';
import { LedgerProgressModule } from '../ledger-tasks/ledger-progress.module';
import { TaskProgressModule } from '../task-progress/task-progress.module';
import { MyTasksController } from './my-tasks.controller';
import { MyTasksRepository } from './my-tasks.repository';
import { MyTasksService } from './my-tasks.service';

@Module({
  imports: [LedgerProgressModule, TaskProgressModule],
  controllers: [MyTasksController],
  providers: [MyTasksService, MyTasksRepository],
})
export class MyTasksModule {}
