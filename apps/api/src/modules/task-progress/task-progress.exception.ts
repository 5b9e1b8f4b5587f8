import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Errors of progress reporting on ledger tasks. */
export class TaskProgressException extends featureException({
  // the same text stays in the shared messages: progress reports name it as a field problem
  programme_not_active: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该工作方案不在实施中，不能报送进展',
    en: 'The programme is not active; progress cannot be reported',
  },
}) {}
