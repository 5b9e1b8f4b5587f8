import { ListExportModule } from '../../common/xlsx/list-export.module';
import { Module } from '@nestjs/common';
import { XlsxImportModule } from '../../common/xlsx/xlsx-import.module';
import { RegionsModule } from '../regions/regions.module';
import { EnterpriseImportService } from './enterprise-import.service';
import { EnterprisesController } from './enterprises.controller';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';

@Module({
  imports: [ListExportModule, RegionsModule, XlsxImportModule],
  controllers: [EnterprisesController],
  providers: [EnterprisesService, EnterprisesRepository, EnterpriseImportService],
  exports: [EnterprisesRepository],
})
export class EnterprisesModule {}
