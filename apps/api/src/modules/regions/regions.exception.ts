import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The region tree's errors; enterprises and organisations name their regions with them too. */
export class RegionException extends featureException({
  region_not_found: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '行政区划 {{code}} 不存在',
    en: 'Region {{code}} does not exist',
  },
  region_exists: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '行政区划代码 {{code}} 已存在',
    en: 'Region code {{code}} already exists',
  },
  region_parent_mismatch: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '行政区划代码 {{code}} 与上级 {{parentCode}} 不匹配',
    en: 'Region code {{code}} does not fit under {{parentCode}}',
  },
  region_not_in_city: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '行政区划 {{code}} 不是本市或本市所辖区（市）',
    en: 'Region {{code}} is neither the city nor one of its districts',
  },
}) {}
