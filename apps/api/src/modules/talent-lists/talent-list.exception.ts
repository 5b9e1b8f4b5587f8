import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Talent list editions' own errors; a step not possible now is the workflow kernel's. */
export class TalentListException extends featureException({
  talent_list_open: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '已有一份“{{status}}”的人才名录稿，请先发布或作废该稿',
    en: 'A talent list edition is already "{{status}}"; publish or discard it first',
  },
  talent_list_empty: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '本市目前没有已确认入库的高技能领军人才，不能生成名录',
    en: 'No leading talents of the city are confirmed in the database yet: there is nothing to list',
  },
}) {}
