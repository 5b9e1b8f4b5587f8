import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Guidance activities' errors. */
export class GuidanceException extends featureException({
  training_audience_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '专项培训须注明培训对象',
    en: 'A training must name its audience',
  },
  training_attendees_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '专项培训须填写参训人数',
    en: 'A training must give the number of attendees',
  },
  officer_not_in_bureau: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '参与人员须为本单位的在用账号',
    en: 'Officers must be active accounts of your own bureau',
  },
  enterprise_not_in_scope: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选企业不在本辖区内',
    en: 'The enterprise is outside your jurisdiction',
  },
}) {}
