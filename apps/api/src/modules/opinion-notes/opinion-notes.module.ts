import { Module } from '@nestjs/common';
import { OpinionNotesController } from './opinion-notes.controller';
import { OpinionNotesRepository } from './opinion-notes.repository';
import { OpinionNotesService } from './opinion-notes.service';

/** 舆情: public-opinion notes, their responses and statistics (Qingdao 四(三)). */
@Module({
  controllers: [OpinionNotesController],
  providers: [OpinionNotesService, OpinionNotesRepository],
})
export class OpinionNotesModule {}
