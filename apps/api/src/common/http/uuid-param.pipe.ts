import { ParseUUIDPipe } from '@nestjs/common';
import { AppException } from '../errors/app.exception';

/** `:id` must be a UUID; otherwise a 400 naming the field, like any other invalid input. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => AppException.validation([{ field: 'id', code: 'validation.isUuid' }]),
});
