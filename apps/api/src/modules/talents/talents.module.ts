import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { TalentsController } from './talents.controller';
import { TalentsRepository } from './talents.repository';
import { TalentsService } from './talents.service';

@Module({
  imports: [AttachmentsModule],
  controllers: [TalentsController],
  providers: [TalentsService, TalentsRepository],
  exports: [TalentsRepository],
})
export class TalentsModule {}
