import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The programme's own errors (document information and status), also raised by features that name a programme. */
export class ProgrammeException extends featureException({
  programme_not_visible: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '工作方案不存在或不在本辖区',
    en: 'The programme does not exist or is outside your jurisdiction',
  },
  programme_not_active: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该工作方案不在实施中，不能报送进展',
    en: 'The programme is not active; progress cannot be reported',
  },
  programme_status_not_allowed: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '工作方案不能从“{{from}}”改为“{{to}}”',
    en: 'A programme cannot go from "{{from}}" to "{{to}}"',
  },
}) {}
