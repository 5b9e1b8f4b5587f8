import { Module } from '@nestjs/common';
import { XlsxImportModule } from '../../common/xlsx/xlsx-import.module';
import { OccupationImportService } from './occupation-import.service';
import { OccupationsController, PublicOccupationsController } from './occupations.controller';
import { OccupationsRepository } from './occupations.repository';
import { OccupationsService } from './occupations.service';

@Module({
  imports: [XlsxImportModule],
  controllers: [OccupationsController, PublicOccupationsController],
  providers: [OccupationsService, OccupationsRepository, OccupationImportService],
  // other features check codes against the catalogue (wage uploads) or read names (benchmarks)
  exports: [OccupationsRepository],
})
export class OccupationsModule {}
