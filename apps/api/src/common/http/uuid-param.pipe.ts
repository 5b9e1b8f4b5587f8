import { type ArgumentMetadata, Injectable, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { AppException } from '../errors/app.exception';

/** `:id` must be a UUID; otherwise a 400 naming the field, like any other invalid input. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => AppException.validation([{ field: 'id', code: 'validation.isUuid' }]),
});

/** The largest value of a PostgreSQL `integer` column. */
const MAX_INT4 = 2_147_483_647;

/**
 * A positive whole-number path parameter (`:version`) that fits the integer columns it is
 * looked up in; otherwise a 400 naming the parameter, never a 500 from PostgreSQL.
 */
@Injectable()
export class PositiveIntParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const field = metadata.data ?? 'id';
    if (!/^\d{1,10}$/.test(value)) {
      throw AppException.validation([
        { field, code: /^\d+$/.test(value) ? 'validation.numberTooLarge' : 'validation.isInt' },
      ]);
    }
    const number = Number(value);
    if (number > MAX_INT4) throw AppException.validation([{ field, code: 'validation.numberTooLarge' }]);
    if (number < 1) throw AppException.validation([{ field, code: 'validation.min', params: { c0: 1 } }]);
    return number;
  }
}

export const VersionParam = new PositiveIntParamPipe();
