import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Errors of a programme's phases and measures. */
export class ProgrammeStructureException extends featureException({
  date_range_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '结束日期不能早于开始日期',
    en: 'The end date must not be before the start date',
  },
}) {}
