import { ApiProperty } from '@nestjs/swagger';
import { MAX_ATTACHMENT_BYTES } from '@skillpay/domain';
import { FileResponse } from '../../common/http/file-response';
import { type AttachmentEntity } from './attachment.entity';

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '培训签到表.pdf' })
  fileName: string;

  @ApiProperty({ example: 'application/pdf' })
  mimeType: string;

  @ApiProperty({ description: 'bytes' })
  size: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export function toAttachmentDto(attachment: AttachmentEntity): AttachmentDto {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    mimeType: attachment.mimeType,
    size: attachment.size,
    createdAt: attachment.createdAt,
  };
}

/** An attachment as a download under its own file name and type. */
export function toAttachmentFile(attachment: AttachmentEntity): FileResponse {
  return new FileResponse(attachment.fileName, attachment.mimeType, attachment.content);
}

/** A file as multer hands it over (memory storage). */
export interface UploadedAttachment {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** The multipart field carrying files, and how many one request may carry. */
export const ATTACHMENT_FIELD = 'files';
export const MAX_ATTACHMENTS_PER_UPLOAD = 5;

/** Multer keeps uploads in memory; anything above twice the limit is cut off before our own check. */
export const UPLOAD_OPTIONS = {
  limits: { fileSize: MAX_ATTACHMENT_BYTES * 2, files: MAX_ATTACHMENTS_PER_UPLOAD + 1 },
};
