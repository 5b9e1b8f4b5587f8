import { applyDecorators, type Type, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, getSchemaPath } from '@nestjs/swagger';
import { ApiFileResponse } from '../../common/http/file-routes';
import { ATTACHMENT_FIELD, MAX_ATTACHMENTS_PER_UPLOAD, UPLOAD_OPTIONS } from './attachments.dto';

const FILES_PROPERTY = {
  type: 'array',
  items: { type: 'string', format: 'binary' },
  description: 'up to 5 files of at most 10 MB: pdf, doc(x), xls(x), jpg, png, zip',
};

/**
 * A multipart route taking attachments in the `files` field, documented as such. Multer lets one
 * file more than allowed through, so the service refuses the request with a proper message.
 * `fields`: the DTO of the form's other fields, when there are any (the files are then optional).
 */
export function AttachmentUpload(fields?: Type<unknown>): MethodDecorator {
  return applyDecorators(
    UseInterceptors(FilesInterceptor(ATTACHMENT_FIELD, MAX_ATTACHMENTS_PER_UPLOAD + 1, UPLOAD_OPTIONS)),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: fields
        ? {
            allOf: [
              { $ref: getSchemaPath(fields) },
              { type: 'object', properties: { files: FILES_PROPERTY } },
            ],
          }
        : { type: 'object', required: ['files'], properties: { files: FILES_PROPERTY } },
    }),
  );
}

/** A route answering with an attachment's bytes (a `FileResponse` from `toAttachmentFile`). */
export function AttachmentDownload(): MethodDecorator {
  return ApiFileResponse('application/octet-stream', 'the file');
}
