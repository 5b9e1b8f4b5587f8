import { HttpStatus } from '@nestjs/common';
import { featureException } from '../errors/feature-errors';

export class WorkflowException extends featureException({
  workflow_transition_not_allowed: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '{{subject}}当前状态为“{{status}}”，不能执行“{{action}}”',
    en: 'The {{subject}} is "{{status}}"; "{{action}}" is not possible now',
  },
  workflow_not_editable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '{{subject}}当前状态为“{{status}}”，不能修改',
    en: 'The {{subject}} is "{{status}}" and can no longer be changed',
  },
  reason_required: { status: HttpStatus.BAD_REQUEST, 'zh-CN': '请填写理由', en: 'Please give a reason' },
}) {}
