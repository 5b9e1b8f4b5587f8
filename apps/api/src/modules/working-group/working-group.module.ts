import { Module } from '@nestjs/common';
import { ProgrammeFinderModule } from '../programmes/programme-finder.module';
import { WorkingGroupController } from './working-group.controller';
import { WorkingGroupRepository } from './working-group.repository';
import { WorkingGroupService } from './working-group.service';

@Module({
  imports: [ProgrammeFinderModule],
  controllers: [WorkingGroupController],
  providers: [WorkingGroupService, WorkingGroupRepository],
})
export class WorkingGroupModule {}
