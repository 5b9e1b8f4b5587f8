import { Module } from '@nestjs/common';
import { ListExportModule } from '../../common/xlsx/list-export.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';

@Module({
  imports: [AttachmentsModule, ListExportModule],
  controllers: [CasesController],
  providers: [CasesService, CasesRepository],
  exports: [CasesService, CasesRepository],
})
export class CasesModule {}
