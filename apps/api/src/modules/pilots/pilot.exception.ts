import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Pilot applications' own errors; the workflow's (not allowed now, not editable) are the kernel's. */
export class PilotException extends featureException({
  pilot_application_exists: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '本企业已申报该工作方案',
    en: 'Your enterprise has already applied to this programme',
  },
  // shared with progress reports and pay plans (same text)
  officer_not_eligible: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '负责人须为该企业所在区（市）人社局或市人社局的在用账号',
    en: 'The officer must be an active account of the enterprise’s district bureau or the city bureau',
  },
  opinion_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写{{action}}意见',
    en: 'Please give your opinion to {{action}}',
  },
  attachments_not_editable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '申报已提交，不能再增删附件；退回后可修改',
    en: 'The application has been submitted; attachments can be changed again once it is returned',
  },
  programme_not_open: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该工作方案不在实施中，不能申报',
    en: 'The programme is not active; applications are not possible',
  },
}) {}
