import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The occupation catalogue's errors, and those of its xlsx import. */
export class OccupationException extends featureException({
  occupation_exists: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '职业编码 {{code}} 已在职业目录中',
    en: 'Occupation code {{code}} is already in the catalogue',
  },
  occupation_import_empty: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件中没有职业数据',
    en: 'The file contains no occupations',
  },
  occupation_import_too_many_rows: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '一次最多导入 {{max}} 个职业，文件中有 {{count}} 行',
    en: 'At most {{max}} occupations per import; the file has {{count}} rows',
  },
}) {}
