import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Errors of a programme's pilot quotas. */
export class QuotaException extends featureException({
  quota_exhausted: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '{{region}}的试点名额已满（名额 {{quota}} 家，已批准 {{used}} 家）',
    en: 'The pilot quota of {{region}} is used up ({{used}} of {{quota}} approved)',
  },
  quota_below_used: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '{{region}}已批准 {{used}} 家，名额不能少于已批准数',
    en: '{{region}} already has {{used}} approved pilots; the quota cannot be lower',
  },
  // the same text stays in the shared messages: enterprises name it too
  region_not_in_city: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '行政区划 {{code}} 不是本市或本市所辖区（市）',
    en: 'Region {{code}} is neither the city nor one of its districts',
  },
  duplicate_region: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '行政区划 {{code}} 重复',
    en: 'Region {{code}} appears twice',
  },
}) {}
