import { type Response } from 'express';
import { attachmentDisposition } from '../../common/http/file-routes';
import { type AttachmentFile } from './attachments.dto';

/** Sends an attachment as a download under its own file name. */
export function sendAttachment(
  response: Response,
  attachment: Pick<AttachmentFile, 'fileName' | 'mimeType' | 'size' | 'content'>,
): void {
  response.setHeader('Content-Type', attachment.mimeType);
  response.setHeader('Content-Length', String(attachment.size));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Disposition', attachmentDisposition(attachment.fileName));
  response.end(attachment.content);
}
