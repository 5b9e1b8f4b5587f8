import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Collection editions' own errors; the case workflow's (not allowed now) are the kernel's. */
export class CaseCollectionException extends featureException({
  case_collection_published: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '《{{title}}》已刊发，不能再修改；如需更正，请新建一辑更正版',
    en: '“{{title}}” has been published and cannot change; publish a correction as a new edition instead',
  },
  case_collection_empty: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '本辑尚未收录案例，不能刊发',
    en: 'The edition holds no cases yet and cannot be published',
  },
  case_not_selectable: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '案例“{{title}}”不是已入选的案例，不能收入本辑',
    en: 'The case “{{title}}” has not been selected and cannot go into the edition',
  },
  case_not_publishable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '案例“{{title}}”当前为“{{status}}”，不能随本辑刊发；请移出后再刊发',
    en: 'The case “{{title}}” is {{status}} and cannot be published with this edition; remove it first',
  },
  case_listed_twice: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '同一案例在本辑中只能收录一次',
    en: 'A case can appear only once in an edition',
  },
  corrected_edition_not_published: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只能更正已刊发的一辑',
    en: 'Only a published edition can be corrected',
  },
  docx_busy: {
    status: HttpStatus.SERVICE_UNAVAILABLE,
    'zh-CN': '案例汇编正在生成的文件较多，请稍后再试',
    en: 'Too many compilations are being generated; please try again shortly',
  },
}) {}
