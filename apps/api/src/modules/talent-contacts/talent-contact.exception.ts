import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

export class TalentContactException extends featureException({
  contact_talent_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择本辖区已入库的高技能领军人才',
    en: 'Choose a leading talent in the database within your area',
  },
  contact_in_future: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '联系日期不能晚于今天',
    en: 'The contact date cannot be in the future',
  },
}) {}
