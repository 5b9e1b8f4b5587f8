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
  workflow_maker_checker: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '{{subject}}由您生成，须由另一位人员“{{action}}”（双人复核）',
    en: 'You made this {{subject}}; another person must "{{action}}" it (maker-checker)',
  },
  reason_required: { status: HttpStatus.BAD_REQUEST, 'zh-CN': '请填写理由', en: 'Please give a reason' },
}) {}
