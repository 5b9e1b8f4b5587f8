import { Module } from '@nestjs/common';
import { RegionsController } from './regions.controller';
import { RegionsRepository } from './regions.repository';
import { RegionsService } from './regions.service';

@Module({
  controllers: [RegionsController],
  providers: [RegionsService, RegionsRepository],
  // enterprises and organisations check the regions they are registered in
  exports: [RegionsRepository],
})
export class RegionsModule {}
