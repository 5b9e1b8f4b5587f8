import { HttpStatus } from '@nestjs/common';
import { featureException } from '../errors/feature-errors';

/** What any all-or-nothing xlsx import can answer. */
export class XlsxImportException extends featureException({
  import_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '导入文件有 {{count}} 处错误，未导入任何数据',
    en: 'The file has {{count}} problems; nothing was imported',
  },
  import_file_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请上传 xlsx 格式的文件',
    en: 'Please upload an xlsx file',
  },
  import_file_unreadable: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '无法读取文件，请使用下载的模板（xlsx 格式）',
    en: 'The file cannot be read; please use the downloaded template (xlsx)',
  },
  import_too_large: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件不能超过 {{maxMb}} MB',
    en: 'The file must not exceed {{maxMb}} MB',
  },
  import_header_missing: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '表头缺少“{{column}}”列',
    en: 'The header row lacks the column "{{column}}"',
  },
  import_duplicate_in_file: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '与第 {{otherRow}} 行重复',
    en: 'Duplicates row {{otherRow}}',
  },
  import_value_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '“{{value}}”不是有效的选项',
    en: '"{{value}}" is not one of the allowed values',
  },
}) {}
