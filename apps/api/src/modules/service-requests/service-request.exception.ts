import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The service window's own errors; the workflow's (not allowed now) are the kernel's. */
export class ServiceRequestException extends featureException({
  service_talent_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择本辖区已入库的高技能领军人才',
    en: 'Choose a leading talent in the database within your area',
  },
  service_department_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择本市的责任部门',
    en: 'Choose a responsible department of the city',
  },
  service_outcome_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '办结时请填写办理结果',
    en: 'Please describe the outcome when resolving',
  },
  service_reopen_reason_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '重新办理时请填写原因',
    en: 'Please give the reason for reopening',
  },
  service_reply_not_open: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '服务诉求已转办且未办结时才能登记部门答复',
    en: 'A reply can be recorded only while the request is assigned and not resolved',
  },
  service_reply_in_future: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '答复日期不能晚于今天',
    en: 'The reply date cannot be in the future',
  },
  service_rating_not_open: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '服务诉求办结后，由提出方评价一次',
    en: 'The requester rates a request once, after it is resolved',
  },
}) {}
