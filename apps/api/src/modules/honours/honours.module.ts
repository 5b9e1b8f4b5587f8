import { Module } from '@nestjs/common';
import { HonoursController } from './honours.controller';
import { HonoursRepository } from './honours.repository';
import { HonoursService } from './honours.service';

@Module({
  controllers: [HonoursController],
  providers: [HonoursService, HonoursRepository],
})
export class HonoursModule {}
