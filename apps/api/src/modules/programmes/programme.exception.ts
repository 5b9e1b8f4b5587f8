import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The programme's own errors (document information and status). */
export class ProgrammeException extends featureException({
  programme_status_not_allowed: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '工作方案不能从“{{from}}”改为“{{to}}”',
    en: 'A programme cannot go from "{{from}}" to "{{to}}"',
  },
}) {}
