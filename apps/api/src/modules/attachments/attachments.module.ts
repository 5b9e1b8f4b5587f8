import { Module } from '@nestjs/common';
import { AttachmentsService } from './attachments.service';

/** The shared attachment store; owners (progress updates, guidance activities) decide access. */
@Module({
  providers: [AttachmentsService],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
