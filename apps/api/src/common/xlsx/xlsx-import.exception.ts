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
  import_file_expands: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '文件“{{file}}”解压后超出安全上限（解压后不超过 {{maxMb}} MB、不超过 {{maxEntries}} 个部件、压缩比不超过 {{maxRatio}}:1），可能已损坏或被恶意构造，未读取；请使用下载的模板',
    en: 'The file "{{file}}" unpacks beyond the safe limits (at most {{maxMb}} MB unpacked, {{maxEntries}} parts, a compression ratio of {{maxRatio}}:1); it may be damaged or crafted and was not read. Please use the downloaded template',
  },
  import_file_too_slow: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '文件“{{file}}”未能在 {{seconds}} 秒内读完，未导入任何数据；请删去多余的工作表、格式和空行，或拆分后分别导入',
    en: 'The file "{{file}}" could not be read within {{seconds}} s; nothing was imported. Please remove extra sheets, formatting and empty rows, or split it',
  },
  import_file_too_complex: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '文件“{{file}}”内容过多，读取时超出 {{maxMb}} MB 内存上限，未导入任何数据；请删去多余的工作表、格式和空行，或拆分后分别导入',
    en: 'The file "{{file}}" needs more than {{maxMb}} MB of memory to read; nothing was imported. Please remove extra sheets, formatting and empty rows, or split it',
  },
  import_busy: {
    status: HttpStatus.SERVICE_UNAVAILABLE,
    'zh-CN': '正在处理其他导入文件，请稍后重试',
    en: 'Other import files are being read; please try again shortly',
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
