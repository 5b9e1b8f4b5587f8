import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Why an uploaded attachment is refused. */
export class AttachmentException extends featureException({
  attachment_empty: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件“{{file}}”是空文件',
    en: 'The file "{{file}}" is empty',
  },
  attachment_too_large: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件“{{file}}”超过 {{maxMb}} MB',
    en: 'The file "{{file}}" is larger than {{maxMb}} MB',
  },
  attachment_type_not_allowed: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件“{{file}}”的类型不允许，只能上传 PDF、Word、Excel、JPG、PNG 或 ZIP 文件',
    en: 'The file "{{file}}" is of a type that is not allowed; upload PDF, Word, Excel, JPG, PNG or ZIP files',
  },
  attachment_content_mismatch: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件“{{file}}”的内容与扩展名不符（不是真正的 {{extension}} 文件）',
    en: 'The content of "{{file}}" does not match its extension (it is not a real {{extension}} file)',
  },
  attachment_expands: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '文件“{{file}}”解压后超出安全上限（解压后不超过 {{maxMb}} MB、不超过 {{maxEntries}} 个部件、压缩比不超过 {{maxRatio}}:1），可能已损坏或被恶意构造，未保存',
    en: 'The file "{{file}}" unpacks beyond the safe limits (at most {{maxMb}} MB unpacked, {{maxEntries}} parts, a compression ratio of {{maxRatio}}:1); it may be damaged or crafted and was not stored',
  },
  too_many_attachments: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '一次最多上传 {{max}} 个文件',
    en: 'At most {{max}} files per upload',
  },
}) {}
