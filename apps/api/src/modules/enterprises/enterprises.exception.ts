import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The enterprise registry's errors, and those of its xlsx import. */
export class EnterpriseException extends featureException({
  enterprise_profile_missing: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '请先由区（市）人社局登记本企业信息，再申报',
    en: 'Your enterprise must first be registered by the district bureau',
  },
  credit_code_taken: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '统一社会信用代码 {{creditCode}} 已登记',
    en: 'The credit code {{creditCode}} is already registered',
  },
  credit_code_length: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '统一社会信用代码应为 18 位，当前为 {{length}} 位',
    en: 'A unified social credit code has 18 characters, not {{length}}',
  },
  credit_code_character: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '统一社会信用代码第 {{position}} 位字符“{{character}}”不允许（只可使用数字和除 I、O、S、V、Z 以外的大写字母）',
    en: 'Character {{position}} of the credit code, "{{character}}", is not allowed (digits and capital letters other than I, O, S, V, Z only)',
  },
  credit_code_check: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '统一社会信用代码校验位（第 18 位）应为“{{expected}}”，当前为“{{actual}}”',
    en: 'The check character (18th) of the credit code should be "{{expected}}", not "{{actual}}"',
  },
  region_out_of_scope: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '不能在本辖区以外的行政区划 {{code}} 登记企业',
    en: 'You cannot register an enterprise in region {{code}}, outside your jurisdiction',
  },
  import_empty: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件中没有企业数据',
    en: 'The file contains no enterprises',
  },
  import_too_many_rows: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '一次最多导入 {{max}} 家企业，文件中有 {{count}} 行',
    en: 'At most {{max}} enterprises per import; the file has {{count}} rows',
  },
  import_count_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '“{{value}}”不是有效的人数（应为不小于 0 的整数）',
    en: '"{{value}}" is not a valid headcount (a whole number, 0 or more)',
  },
}) {}
