import { Module } from '@nestjs/common';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';

/** The shared attachment store; owners (progress updates, guidance activities) decide access. */
@Module({
  providers: [AttachmentsService, AttachmentsRepository],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
