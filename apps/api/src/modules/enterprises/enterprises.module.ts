import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { EnterpriseImportService } from './enterprise-import.service';
import { EnterprisesController } from './enterprises.controller';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';

@Module({
  imports: [RegionsModule],
  controllers: [EnterprisesController],
  providers: [EnterprisesService, EnterprisesRepository, EnterpriseImportService],
  exports: [EnterprisesRepository],
})
export class EnterprisesModule {}
