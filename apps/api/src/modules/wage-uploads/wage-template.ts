import {
  type Language,
  POST_CATEGORY_OPTIONS,
  skillLevelOptions,
  WAGE_FILE_COLUMNS,
  WAGE_INSTRUCTIONS_SHEET_NAMES,
  WAGE_OCCUPATION_SHEET_NAMES,
  WAGE_SHEET_NAMES,
  WAGE_UPLOAD_LIMITS,
} from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { rangeValidations } from '../../common/xlsx/xlsx-import';

/** The wage-data templates (xlsx with drop-downs and instructions; csv with the header row). */

export interface TemplateOccupation {
  code: string;
  nameZh: string;
  nameEn: string | null;
}

const MB = 1024 * 1024;

function header(column: (typeof WAGE_FILE_COLUMNS)[number], language: Language): string {
  return `${column.header[language]}${column.required ? ' *' : ''}`;
}

function instructionLines(language: Language, occupationCount: number): string[] {
  const maxMb = WAGE_UPLOAD_LIMITS.maxBytes / MB;
  const maxRows = WAGE_UPLOAD_LIMITS.maxRows.toLocaleString('en');
  const columns = WAGE_FILE_COLUMNS.map(
    (column, i) =>
      `  ${i + 1}. ${column.header[language]}${column.required ? (language === 'en' ? ' (required)' : '（必填）') : ''}：${column.rule[language]}`,
  );
  return language === 'en'
    ? [
        'Wage data (employee-level annual pay) — how to fill in',
        `1. One employee per row on the sheet "${WAGE_SHEET_NAMES.en}", from row 2; keep the header row (columns are recognised by their header, in Chinese or English, in any order).`,
        '2. Columns:',
        ...columns,
        '3. Annual pay is what the employee was paid for the year (yuan, before tax), split into the five components; the total must be above 0.',
        '4. Never enter names or ID-card numbers: rows carry your own employee numbers only (personal-information protection). Values that are valid ID numbers or look like names are refused.',
        `5. Occupations: pick from the drop-down or see the sheet "${WAGE_OCCUPATION_SHEET_NAMES.en}" (${occupationCount} occupations of the national classification).`,
        `6. Limits: at most ${maxRows} rows and ${maxMb} MB per file; xlsx or csv (UTF-8). Formulas are read by their calculated value.`,
        '7. A file with any error stores nothing: every error is listed by row and column for download. A valid file becomes a new version of your data for the year; the previous version is kept and readable. The same file uploaded twice is recognised and not stored again.',
      ]
    : [
        '薪酬数据（职工个人年度工资）填写说明',
        `1. 在“${WAGE_SHEET_NAMES['zh-CN']}”工作表第 2 行起每行填写一名职工，保留表头（系统按表头文字识别各列，中英文均可，列的顺序不限）。`,
        '2. 各列要求：',
        ...columns,
        '3. 年度应发工资为该职工本年度的税前应发工资（元），按五个构成项目分别填写，合计须大于 0。',
        '4. 不得填写姓名或身份证号码，只填企业内部工号（个人信息保护）；有效的身份证号码或疑似姓名将被拒收。',
        `5. 职业编码请从下拉列表选择，或查阅“${WAGE_OCCUPATION_SHEET_NAMES['zh-CN']}”工作表（共 ${occupationCount} 个《职业分类大典》职业）。`,
        `6. 限制：每个文件最多 ${maxRows} 行、不超过 ${maxMb} MB；支持 xlsx 和 csv（UTF-8）格式。含公式的单元格按计算结果读取。`,
        '7. 文件有任何错误时不保存任何数据，并按行、列列出全部错误供下载；校验通过的文件成为本年度数据的新版本，原版本保留可查。同一文件重复上传会被识别，不会重复保存。',
      ];
}

/** The xlsx template: data sheet with drop-downs, instructions, and the occupation list. */
export async function wageTemplateXlsx(
  language: Language,
  occupations: readonly TemplateOccupation[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SkillPay Portal';
  const lastRow = WAGE_UPLOAD_LIMITS.maxRows + 1;

  const sheet = workbook.addWorksheet(WAGE_SHEET_NAMES[language], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = WAGE_FILE_COLUMNS.map((column) => ({
    header: header(column, language),
    key: column.key,
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  WAGE_FILE_COLUMNS.forEach((column, i) => {
    sheet.getCell(1, i + 1).note = column.rule[language];
    // employee numbers such as 000123 keep their leading zeros as text
    if (column.key === 'employeeRef') sheet.getColumn(i + 1).numFmt = '@';
  });

  const list = workbook.addWorksheet(WAGE_OCCUPATION_SHEET_NAMES[language]);
  list.columns = [
    { header: language === 'en' ? 'Code and name (for the drop-down)' : '编码及名称（下拉选项）', width: 40 },
    { header: language === 'en' ? 'Occupation code' : '职业编码', width: 16 },
    { header: language === 'en' ? 'Occupation' : '职业名称', width: 30 },
  ];
  list.getRow(1).font = { bold: true };
  occupations.forEach((occupation, i) => {
    const name = language === 'en' ? (occupation.nameEn ?? occupation.nameZh) : occupation.nameZh;
    list.getRow(i + 2).values = [`${occupation.code} ${name}`, occupation.code, name];
  });

  const letter = (key: string) =>
    sheet.getColumn(WAGE_FILE_COLUMNS.findIndex((c) => c.key === key) + 1).letter;
  const validations = rangeValidations(sheet);
  const range = (key: string) => `${letter(key)}2:${letter(key)}${lastRow}`;
  if (occupations.length > 0) {
    validations.add(range('occupationCode'), {
      type: 'list',
      allowBlank: false,
      formulae: [`'${WAGE_OCCUPATION_SHEET_NAMES[language]}'!$A$2:$A$${occupations.length + 1}`],
      showErrorMessage: true,
    });
  }
  validations.add(range('skillLevel'), {
    type: 'list',
    allowBlank: true,
    formulae: [`"${skillLevelOptions(language).join(',')}"`],
    showErrorMessage: true,
  });
  validations.add(range('postCategory'), {
    type: 'list',
    allowBlank: false,
    formulae: [`"${POST_CATEGORY_OPTIONS[language].join(',')}"`],
    showErrorMessage: true,
  });
  validations.add(range('monthsWorked'), {
    type: 'whole',
    operator: 'between',
    allowBlank: false,
    formulae: [1, 12],
    showErrorMessage: true,
  });
  for (const key of ['basePay', 'postPay', 'performancePay', 'allowances', 'otherPay']) {
    validations.add(range(key), {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: false,
      formulae: [0],
      showErrorMessage: true,
    });
  }

  const instructions = workbook.addWorksheet(WAGE_INSTRUCTIONS_SHEET_NAMES[language]);
  instructions.getColumn(1).width = 140;
  instructionLines(language, occupations.length).forEach((line, i) => {
    const cell = instructions.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  // the data sheet first and active: that is where people type
  workbook.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The csv template: UTF-8 with a byte-order mark (so Excel shows Chinese), header row only. */
export function wageTemplateCsv(language: Language): Buffer {
  const line = WAGE_FILE_COLUMNS.map((column) => header(column, language)).join(',');
  return Buffer.from(`\uFEFF${line}\r\n`, 'utf8');
}

export function wageTemplateFileName(language: Language, format: 'xlsx' | 'csv'): string {
  return language === 'en' ? `wage-data-template.${format}` : `薪酬数据报送模板.${format}`;
}
