import { registerMessages } from '../../../common/errors/messages';

/**
 * What the validation job finds in a wage file, by the code it stores with the upload
 * (`WageFileError.code`, from libs/domain and the reader). Stored codes are rendered when read, in
 * the reader's language, through `errors.<code>` (`renderError`): a code once stored must keep its
 * key. `{{columnLabel}}` and `{{categoryLabel}}` are filled in the reader's language.
 */
export const WAGE_FILE_MESSAGES = {
  'zh-CN': {
    wage_file_unreadable: '无法读取文件，请使用下载的模板（xlsx 或 UTF-8 编码的 csv）',
    wage_file_expands:
      '文件解压后超出安全上限（解压后不超过 {{maxMb}} MB、不超过 {{maxEntries}} 个部件、压缩比不超过 {{maxRatio}}:1），可能已损坏或被恶意构造，未读取；请使用下载的模板',
    wage_file_too_slow:
      '文件未能在 {{seconds}} 秒内读完，未保存任何数据；请删去多余的工作表、格式和空行，或拆分后分别报送',
    wage_file_too_complex:
      '文件内容过多，读取时超出 {{maxMb}} MB 内存上限，未保存任何数据；请删去多余的工作表、格式和空行，或拆分后分别报送',
    wage_sheet_missing:
      '工作簿中没有“薪酬数据”工作表或可识别的表头（现有工作表：{{sheets}}），请使用下载的模板',
    wage_header_not_found:
      '“{{sheet}}”的前 10 行中找不到表头（员工编号、职业编码、岗位类别等列名），请使用下载的模板',
    wage_header_missing: '表头缺少“{{columnLabel}}”列',
    wage_no_rows: '文件中没有薪酬数据行',
    wage_too_many_rows: '文件有 {{count}} 行数据，超过每个文件 {{max}} 行的上限，请拆分后分别报送',
    wage_duplicate_content: '该文件与已保存的第 {{version}} 版内容完全相同，未重复保存',
    wage_required: '“{{columnLabel}}”不能为空',
    wage_ref_id_number:
      '这是一个有效的居民身份证号码。员工编号只能填写企业内部工号，不得填写身份证号码（个人信息保护）',
    wage_ref_name_like:
      '看起来像姓名。员工编号只能填写企业内部工号（须含数字），不得填写姓名（个人信息保护）',
    wage_ref_too_long: '员工编号最多 {{max}} 个字符',
    wage_ref_invalid: '员工编号只能包含字母、数字和 - _ . / #',
    wage_ref_duplicate: '员工编号与第 {{otherRow}} 行重复',
    wage_occupation_format: '不是《职业分类大典》编码格式（如 6-18-01-01）',
    wage_occupation_unknown: '职业编码 {{code}} 不在职业目录中',
    wage_skill_level_invalid:
      '不是有效的技能等级（学徒工、五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师、特级技师、首席技师）',
    wage_skill_level_required: '技能岗位须填写技能等级',
    wage_skill_level_not_rated: '{{categoryLabel}}不评定技能等级，此列请留空',
    wage_post_category_invalid: '岗位类别只能是“技能”“专业技术”或“管理”',
    wage_months_invalid: '工作月数应为 1–12 的整数',
    wage_amount_invalid: '不是有效的金额',
    wage_amount_negative: '金额不能为负数',
    wage_amount_decimals: '金额最多保留 2 位小数',
    wage_amount_too_large: '金额超过 {{max}} 元，请检查单位（元）',
    wage_total_not_positive: '年度应发工资合计须大于 0',
    wage_formula_no_result: '公式没有计算结果，请在 Excel 中打开并保存文件后重新上传',
    wage_formula_error: '公式计算出错（{{error}}）',
  },
  en: {
    wage_file_unreadable:
      'The file cannot be read; please use the downloaded template (xlsx, or csv in UTF-8)',
    wage_file_expands:
      'The file unpacks beyond the safe limits (at most {{maxMb}} MB unpacked, {{maxEntries}} parts, a compression ratio of {{maxRatio}}:1); it may be damaged or crafted and was not read. Please use the downloaded template',
    wage_file_too_slow:
      'The file could not be read within {{seconds}} s; nothing was stored. Please remove extra sheets, formatting and empty rows, or split it',
    wage_file_too_complex:
      'The file needs more than {{maxMb}} MB of memory to read; nothing was stored. Please remove extra sheets, formatting and empty rows, or split it',
    wage_sheet_missing:
      'The workbook has no sheet "薪酬数据" (Wage data) or recognisable header (sheets found: {{sheets}}); please use the downloaded template',
    wage_header_not_found:
      'No header (Employee ref, Occupation code, Post category …) in the first 10 rows of "{{sheet}}"; please use the downloaded template',
    wage_header_missing: 'The header lacks the column "{{columnLabel}}"',
    wage_no_rows: 'The file contains no wage rows',
    wage_too_many_rows:
      'The file has {{count}} rows, more than the limit of {{max}} per file; please split it',
    wage_duplicate_content:
      'This file is identical to the stored version {{version}}; it was not stored again',
    wage_required: '"{{columnLabel}}" must not be empty',
    wage_ref_id_number:
      'This is a valid resident ID number. Enter your own employee number, never an ID-card number (personal-information protection)',
    wage_ref_name_like:
      'This looks like a name. Enter your own employee number (with digits), never a name (personal-information protection)',
    wage_ref_too_long: 'The employee ref may have at most {{max}} characters',
    wage_ref_invalid: 'The employee ref may contain letters, digits and - _ . / # only',
    wage_ref_duplicate: 'The employee ref repeats row {{otherRow}}',
    wage_occupation_format: 'Not an occupation code of the national classification (e.g. 6-18-01-01)',
    wage_occupation_unknown: 'The occupation code {{code}} is not in the occupation list',
    wage_skill_level_invalid:
      'Not a skill level (apprentice, level 5 / junior, level 4 / intermediate, level 3 / senior, level 2 / technician, level 1 / senior technician, special-grade, chief technician)',
    wage_skill_level_required: 'Skilled posts need a skill level',
    wage_skill_level_not_rated: 'A {{categoryLabel}} has no skill level; leave this column blank',
    wage_post_category_invalid: 'The post category must be skilled, technical or management',
    wage_months_invalid: 'Months worked must be a whole number from 1 to 12',
    wage_amount_invalid: 'Not a valid amount',
    wage_amount_negative: 'Amounts must not be negative',
    wage_amount_decimals: 'Amounts have at most 2 decimals',
    wage_amount_too_large: 'The amount exceeds {{max}} yuan; please check the unit (yuan)',
    wage_total_not_positive: 'The total annual pay must be above 0',
    wage_formula_no_result:
      'The formula has no calculated value; open and save the file in Excel, then upload again',
    wage_formula_error: 'The formula gives an error ({{error}})',
  },
} as const;

registerMessages({
  'zh-CN': { errors: WAGE_FILE_MESSAGES['zh-CN'] },
  en: { errors: WAGE_FILE_MESSAGES.en },
});
