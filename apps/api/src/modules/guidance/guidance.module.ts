import { ListExportModule } from '../../common/xlsx/list-export.module';
import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { GuidanceController } from './guidance.controller';
import { GuidanceRepository } from './guidance.repository';
import { GuidanceService } from './guidance.service';

@Module({
  imports: [ListExportModule, AttachmentsModule, ProgrammesModule],
  controllers: [GuidanceController],
  providers: [GuidanceService, GuidanceRepository],
})
export class GuidanceModule {}
