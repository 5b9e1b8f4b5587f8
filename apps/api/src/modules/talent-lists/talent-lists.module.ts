import { Module } from '@nestjs/common';
import { PublicTalentListsController } from './public-talent-lists.controller';
import { TalentListsController } from './talent-lists.controller';
import { TalentListsRepository } from './talent-lists.repository';
import { TalentListsService } from './talent-lists.service';

/** 高技能领军人才名录: the city's editions, their publication and exports, and the public pages' API. */
@Module({
  controllers: [TalentListsController, PublicTalentListsController],
  providers: [TalentListsService, TalentListsRepository],
  exports: [TalentListsService],
})
export class TalentListsModule {}
