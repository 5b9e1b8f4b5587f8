import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { type SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { UploadLimitInterceptor } from '../xlsx/xlsx-import';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Documents a route that answers with a file (a download) of one of these content types. */
export function ApiFileResponse(contentTypes: string | string[], description?: string): MethodDecorator {
  return applyDecorators(
    ApiProduces(...(Array.isArray(contentTypes) ? contentTypes : [contentTypes])),
    ApiOkResponse({ description, schema: { type: 'string', format: 'binary' } }),
  );
}

/**
 * A multipart route taking one file in the `file` field, documented with the form's other
 * (required) fields. A file above `maxBytes` is refused as a 400 on `file`, not multer's bare 413.
 */
export function SingleFileUpload(
  maxBytes: number,
  fileDescription: string,
  fields: Record<string, SchemaObject> = {},
): MethodDecorator {
  return applyDecorators(
    UseInterceptors(
      UploadLimitInterceptor(maxBytes),
      FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1 } }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file', ...Object.keys(fields)],
        properties: { file: { type: 'string', format: 'binary', description: fileDescription }, ...fields },
      },
    }),
  );
}
