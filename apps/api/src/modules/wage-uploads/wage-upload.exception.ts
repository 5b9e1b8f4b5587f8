import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/**
 * Errors of an upload request: the file and form checked before it is stored, and a file already
 * stored. What the validation job finds in the file is stored with the upload instead
 * (wage-file/wage-file.messages.ts).
 */
export class WageUploadException extends featureException({
  wage_file_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请上传 xlsx 或 csv 格式的薪酬数据文件',
    en: 'Please upload a wage-data file (xlsx or csv)',
  },
  wage_file_type: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '文件“{{file}}”既不是 xlsx 也不是 csv 文件，请使用下载的模板',
    en: 'The file "{{file}}" is neither xlsx nor csv; please use the downloaded template',
  },
  wage_file_xls: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '不支持旧版 Excel 文件（.xls）“{{file}}”，请在 Excel 中另存为 xlsx 后上传',
    en: 'Old Excel files (.xls) such as "{{file}}" are not supported; save it as xlsx in Excel and upload again',
  },
  wage_upload_file_expands: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '文件“{{file}}”解压后超出安全上限（解压后不超过 {{maxMb}} MB、不超过 {{maxEntries}} 个部件、压缩比不超过 {{maxRatio}}:1），可能已损坏或被恶意构造，未读取；请使用下载的模板',
    en: 'The file "{{file}}" unpacks beyond the safe limits (at most {{maxMb}} MB unpacked, {{maxEntries}} parts, a compression ratio of {{maxRatio}}:1); it may be damaged or crafted and was not read. Please use the downloaded template',
  },
  wage_year_future: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '{{year}} 年度尚未开始，不能报送该年度的薪酬数据',
    en: 'The year {{year}} has not begun; its wage data cannot be reported yet',
  },
  wage_upload_not_pilot: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '本企业不是该工作方案已批准的试点企业，不能报送薪酬数据',
    en: 'Your enterprise is not an approved pilot of this programme and cannot report wage data to it',
  },
  wage_upload_duplicate: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该文件与已保存的第 {{version}} 版内容完全相同，未重复保存',
    en: 'This file is identical to the stored version {{version}}; it was not stored again',
  },
  wage_upload_in_progress: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '同一文件已上传，正在校验中，请稍候查看结果',
    en: 'The same file has already been uploaded and is being checked; please wait for the result',
  },
}) {}
