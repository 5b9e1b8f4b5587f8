import { type Response } from 'express';
import { type AttachmentEntity } from './attachment.entity';

/** Sends an attachment as a download, with the UTF-8 file name (RFC 6266). */
export function sendAttachment(response: Response, attachment: AttachmentEntity): void {
  const ascii = attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  response.setHeader('Content-Type', attachment.mimeType);
  response.setHeader('Content-Length', String(attachment.size));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
  );
  response.end(attachment.content);
}
