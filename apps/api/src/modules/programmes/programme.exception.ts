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
  check_rule_not_a_percent: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '{{field}}应为 0 到 100 之间的百分数，最多两位小数',
    en: '{{field}} must be a percentage from 0 to 100 with at most two decimals',
  },
  check_rule_unknown_basis: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该文件不是这项检查的依据，请选择所列依据或填写本地文件',
    en: 'That text is no basis for this check; choose one listed or cite a local document',
  },
  check_rule_text_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '引用本地文件时，{{field}}不能为空',
    en: '{{field}} is required when citing a local document',
  },
  check_rule_too_long: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '{{field}}过长',
    en: '{{field}} is too long',
  },
}) {}
