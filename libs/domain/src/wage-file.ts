import { type Labels, SKILL_LEVEL_LABELS, SkillLevel } from './enterprise';
import { isPrcIdNumber, maskIdNumber, maskName } from './id-card';
import { type Language } from './api-contract';
import {
  isOccupationCode,
  PAY_COMPONENT_LABELS,
  PostCategory,
  UNRATED_SKILL_LEVEL,
  UNRATED_SKILL_LEVEL_LABELS,
  type WageSkillLevel,
} from './wage-data';

/**
 * The wage-data file (薪酬数据报送): its columns, how headers are recognised, and the rules every
 * row must pass. Pure and allocation-light: the API's upload worker and the benchmark load run
 * every row of a file through `createWageRowValidator`, the web shows the same columns and limits.
 */

export type WageColumnKey =
  | 'employeeRef'
  | 'occupationCode'
  | 'skillLevel'
  | 'postCategory'
  | 'monthsWorked'
  | 'basePay'
  | 'postPay'
  | 'performancePay'
  | 'allowances'
  | 'otherPay';

/** Errors about the row's pay as a whole point at this pseudo-column. */
export const WAGE_TOTAL_COLUMN = 'totalPay';
export type WageErrorColumn = WageColumnKey | typeof WAGE_TOTAL_COLUMN;

export interface WageFileColumn {
  key: WageColumnKey;
  header: Labels;
  /** other headers people write for the column (compared after normalisation) */
  aliases: readonly string[];
  required: boolean;
  /** the rule in one line, for the template's instructions and the upload screen */
  rule: Labels;
  width: number;
}

const payRule: Labels = {
  'zh-CN': '元，不小于 0，最多 2 位小数；不发放的填 0',
  en: 'yuan, 0 or more, at most 2 decimals; 0 when not paid',
};

/** In template order. Headers are matched by text (either language), never by position. */
export const WAGE_FILE_COLUMNS: readonly WageFileColumn[] = [
  {
    key: 'employeeRef',
    header: { 'zh-CN': '员工编号', en: 'Employee ref' },
    aliases: [
      '工号',
      '职工编号',
      '员工工号',
      '人员编号',
      'employee reference',
      'employee id',
      'employee no',
      'employee number',
    ],
    required: true,
    rule: {
      'zh-CN':
        '企业内部工号（字母、数字和 - _ . / #，须含数字，最多 64 位）；不得填写姓名或身份证号码，同一文件内不得重复',
      en: 'your own employee number (letters, digits and - _ . / #, with at least one digit, up to 64); never a name or an ID-card number; unique in the file',
    },
    width: 16,
  },
  {
    key: 'occupationCode',
    header: { 'zh-CN': '职业编码', en: 'Occupation code' },
    aliases: ['职业代码', '职业分类代码', '职业（工种）编码', '职业', 'occupation'],
    required: true,
    rule: {
      'zh-CN': '《职业分类大典》编码，如 6-18-01-01，须在职业目录中（可从下拉列表选择）',
      en: 'code of the national occupation classification, e.g. 6-18-01-01, from the occupation list (drop-down)',
    },
    width: 28,
  },
  {
    key: 'skillLevel',
    header: { 'zh-CN': '技能等级', en: 'Skill level' },
    aliases: ['职业技能等级', '技能等级（技能岗位必填）', 'skill grade'],
    required: false,
    rule: {
      'zh-CN': '技能岗位必填（学徒工、五级/初级工 … 首席技师，或代码）；专业技术岗位、管理岗位留空',
      en: 'required for skilled posts (apprentice, level 5 … chief technician, or the code); blank for technical and management posts',
    },
    width: 16,
  },
  {
    key: 'postCategory',
    header: { 'zh-CN': '岗位类别', en: 'Post category' },
    aliases: ['岗位类型', '岗位序列', 'post type', 'category'],
    required: true,
    rule: { 'zh-CN': '技能、专业技术或管理', en: 'skilled, technical or management' },
    width: 14,
  },
  {
    key: 'monthsWorked',
    header: { 'zh-CN': '工作月数', en: 'Months worked' },
    aliases: ['在岗月数', '工作月份数', '月数', 'months'],
    required: true,
    rule: { 'zh-CN': '本年度在岗月数，1–12 的整数', en: 'months employed in the year, a whole number 1–12' },
    width: 10,
  },
  {
    key: 'basePay',
    header: PAY_COMPONENT_LABELS.base,
    aliases: ['基础工资', 'base'],
    required: true,
    rule: payRule,
    width: 12,
  },
  {
    key: 'postPay',
    header: PAY_COMPONENT_LABELS.post,
    aliases: ['岗位薪酬', 'post'],
    required: true,
    rule: payRule,
    width: 12,
  },
  {
    key: 'performancePay',
    header: PAY_COMPONENT_LABELS.performance,
    aliases: ['绩效奖金', '绩效', 'performance'],
    required: true,
    rule: payRule,
    width: 12,
  },
  {
    key: 'allowances',
    header: PAY_COMPONENT_LABELS.allowances,
    aliases: ['津贴', '津补贴', '津贴和补贴', 'allowance'],
    required: true,
    rule: payRule,
    width: 12,
  },
  {
    key: 'otherPay',
    header: PAY_COMPONENT_LABELS.other,
    aliases: ['其他工资', '其他收入', 'other'],
    required: true,
    rule: payRule,
    width: 12,
  },
];

export const WAGE_COLUMN_COUNT = WAGE_FILE_COLUMNS.length;
const COLUMN_INDEX = new Map(WAGE_FILE_COLUMNS.map((column, index) => [column.key, index]));

export const WAGE_TOTAL_LABELS: Labels = { 'zh-CN': '年度应发工资合计', en: 'Total annual pay' };

/** The data sheet, the instructions and the occupation list of the xlsx template. */
export const WAGE_SHEET_NAMES: Labels = { 'zh-CN': '薪酬数据', en: 'Wage data' };
export const WAGE_INSTRUCTIONS_SHEET_NAMES: Labels = { 'zh-CN': '填写说明', en: 'Instructions' };
export const WAGE_OCCUPATION_SHEET_NAMES: Labels = { 'zh-CN': '职业目录', en: 'Occupations' };

/** Stored errors per upload: every error is counted, the list keeps the first this many. */
export const WAGE_ERROR_LIST_LIMIT = 20_000;
/** Upper bound of one pay component (yuan), far above any real annual pay. */
export const WAGE_MAX_AMOUNT = 100_000_000;
export const EMPLOYEE_REF_MAX_LENGTH = 64;
/** Rows scanned for the header (title rows and two-row merged headers sit above the data). */
export const WAGE_HEADER_SCAN_ROWS = 10;

export function wageColumnLabel(column: string | null, language: Language): string {
  if (!column) return '';
  if (column === WAGE_TOTAL_COLUMN) return WAGE_TOTAL_LABELS[language];
  const index = COLUMN_INDEX.get(column as WageColumnKey);
  return index === undefined ? column : WAGE_FILE_COLUMNS[index].header[language];
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E]/g;

/** Full-width forms (Ｅ００１, ／) typed by Chinese input methods, as their ASCII equivalents. */
function toHalfWidth(text: string): string {
  // the common case (nothing full-width) without a replace call
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** A header without spaces, line breaks, the `*` of required columns and a unit such as （元）. */
function headerKey(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/\((元|yuan|cny|rmb|¥)\)$/i, '')
    .replace(/[()]/g, '')
    .replace(/[.:：]$/, '')
    .toLowerCase();
}

const HEADER_LOOKUP = new Map<string, WageColumnKey>();
for (const column of WAGE_FILE_COLUMNS) {
  for (const text of [column.key, column.header['zh-CN'], column.header.en, ...column.aliases]) {
    HEADER_LOOKUP.set(headerKey(text), column.key);
  }
}

/** The column a header cell names, in either language, with or without `*` or a unit. */
export function matchWageHeader(text: string): WageColumnKey | undefined {
  return text ? HEADER_LOOKUP.get(headerKey(text)) : undefined;
}

/** The index of a column in WAGE_FILE_COLUMNS (the order of cells handed to the validator). */
export function wageColumnIndex(key: WageColumnKey): number {
  return COLUMN_INDEX.get(key)!;
}

/** A formula cell without a cached result, or whose result is an error such as #DIV/0!. */
export interface WageFormulaProblem {
  formula: string;
  /** the error value (#REF!, #N/A …); absent when the file holds no calculated result */
  error?: string;
}

/** One cell as a reader hands it over: text, a number, or what a formula left behind. */
export type WageCell = string | number | boolean | Date | WageFormulaProblem | null | undefined;

/**
 * The cell a reader hands over for a required column the header lacks: the row's other cells are
 * still checked, so the header problem and the rows' own errors are reported together (one round
 * of corrections, not two). A NUL, which neither csv text nor xlsx XML can hold, and a string so
 * that it crosses to and from worker threads as it is.
 */
export const ABSENT_WAGE_CELL = '\u0000';

/** Errors are stored and rendered later in the reader's language, so they carry codes, not text. */
export interface WageFileError {
  /** the row in the file (1-based), null for problems of the file as a whole */
  row: number | null;
  column: WageErrorColumn | null;
  value: string;
  /** a message key under `errors.` */
  code: string;
  params?: Record<string, string | number>;
}

/** A validated row, its amounts as decimal strings ready for PostgreSQL. */
export interface WageRowValues {
  rowNumber: number;
  employeeRef: string;
  occupationCode: string;
  skillLevel: WageSkillLevel;
  postCategory: PostCategory;
  monthsWorked: number;
  basePay: string;
  postPay: string;
  performancePay: string;
  allowances: string;
  otherPay: string;
}

const SKILL_LEVEL_LOOKUP = new Map<string, SkillLevel>();
for (const level of Object.values(SkillLevel)) {
  const labels = SKILL_LEVEL_LABELS[level];
  for (const text of [
    level,
    labels['zh-CN'],
    labels.en,
    ...labels['zh-CN'].split('/'),
    ...labels.en.split(' / '),
  ]) {
    SKILL_LEVEL_LOOKUP.set(text.replace(/\s+/g, '').toLowerCase(), level);
  }
}
SKILL_LEVEL_LOOKUP.set('学徒', SkillLevel.Apprentice);
const UNRATED_TEXTS = new Set(
  [
    UNRATED_SKILL_LEVEL,
    UNRATED_SKILL_LEVEL_LABELS['zh-CN'],
    UNRATED_SKILL_LEVEL_LABELS.en,
    '无',
    '-',
    '/',
  ].map((text) => text.replace(/\s+/g, '').toLowerCase()),
);

const POST_CATEGORY_LOOKUP = new Map<string, PostCategory>();
for (const [category, texts] of [
  [PostCategory.Skilled, ['技能', '技能岗位', '技能岗', '技能人员', 'skilled', 'skilledpost', 'skill']],
  [
    PostCategory.Technical,
    ['专业技术', '专业技术岗位', '专技', '专业技术人员', 'technical', 'technicalpost'],
  ],
  [PostCategory.Management, ['管理', '管理岗位', '管理岗', '管理人员', 'management', 'managementpost']],
] as const) {
  for (const text of texts) POST_CATEGORY_LOOKUP.set(text, category);
}

/** The drop-down entries of the template, in the template's language. */
export function skillLevelOptions(language: Language): string[] {
  return Object.values(SkillLevel).map((level) => SKILL_LEVEL_LABELS[level][language]);
}
export const POST_CATEGORY_OPTIONS: Record<Language, readonly string[]> = {
  'zh-CN': ['技能', '专业技术', '管理'],
  en: ['Skilled', 'Technical', 'Management'],
};

function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

export function parseSkillLevel(text: string): SkillLevel | undefined {
  return SKILL_LEVEL_LOOKUP.get(compact(toHalfWidth(text)));
}

export function parsePostCategory(text: string): PostCategory | undefined {
  return POST_CATEGORY_LOOKUP.get(compact(toHalfWidth(text)));
}

/** The common case, taken as is: up to 8 digits (below WAGE_MAX_AMOUNT) and up to 2 decimals. */
const PLAIN_AMOUNT = /^\d{1,8}(\.\d{1,2})?$/;
const LOOSE_AMOUNT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?$/;
const EMPLOYEE_REF = /^[A-Za-z0-9\-_./#]+$/;
const HAS_DIGIT = /\d/;
const NON_ZERO = /[1-9]/;
const HAN = /\p{Script=Han}/u;

export interface WageRowValidatorOptions {
  /** whether an occupation code is in the catalogue */
  isKnownOccupation: (code: string) => boolean;
  /** for the ID-number check's "not born in the future" (tests pin it) */
  today?: Date;
}

export interface WageRowValidator {
  /**
   * Checks one row (cells in WAGE_FILE_COLUMNS order) and returns its values, or null after
   * pushing each problem to `errors`. Remembers employee refs to report duplicates in the file.
   * With `into`, the values are written to that object and it is returned (no object per row
   * for a caller that uses them at once, such as the upload's COPY).
   */
  (
    row: number,
    cells: readonly WageCell[],
    errors: WageFileError[],
    into?: WageRowValues,
  ): WageRowValues | null;
}

function cellValue(cell: WageCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell.error ?? `=${cell.formula}`;
}

/** Whether a row (cells in WAGE_FILE_COLUMNS order) has nothing in any column: skipped, not reported. */
export function isBlankWageRow(cells: readonly WageCell[]): boolean {
  const count = Math.min(cells.length, WAGE_COLUMN_COUNT);
  for (let i = 0; i < count; i += 1) {
    const cell = cells[i];
    if (cell === null || cell === undefined || cell === ABSENT_WAGE_CELL) continue;
    if (typeof cell === 'string' && cell.trim() === '') continue;
    return false;
  }
  return true;
}

/**
 * The value of an error as it may be stored and shown: an employee ref refused as an ID number or
 * as a name is personal data, kept only masked (`110105********002X`, `张**`). Applied where the
 * error is made and again where stored errors are rendered (rows stored before masking existed).
 */
export function maskWageErrorValue(code: string, value: string): string {
  if (code === 'wage_ref_id_number') return maskIdNumber(value);
  if (code === 'wage_ref_name_like') return maskName(value);
  return value;
}

function report(
  errors: WageFileError[],
  row: number,
  column: WageErrorColumn,
  cell: WageCell,
  code: string,
  params?: Record<string, string | number>,
): void {
  const value = maskWageErrorValue(code, cellValue(cell));
  errors.push({
    row,
    column,
    value: value.length > 100 ? `${value.slice(0, 100)}…` : value,
    code,
    ...(params ? { params } : {}),
  });
}

/** The text of a cell, or undefined after reporting a formula without a usable result. */
function cellText(
  errors: WageFileError[],
  row: number,
  column: WageColumnKey,
  cell: WageCell,
): string | undefined {
  if (typeof cell === 'string') return cell.trim();
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (cell.error) report(errors, row, column, cell, 'wage_formula_error', { error: cell.error });
  else report(errors, row, column, cell, 'wage_formula_no_result');
  return undefined;
}

/** The enterprise's own id, or undefined after reporting why it is not one (personal data above all). */
function checkEmployeeRef(
  errors: WageFileError[],
  row: number,
  cell: WageCell,
  today: Date,
): string | undefined {
  const raw = cellText(errors, row, 'employeeRef', cell);
  if (raw === undefined) return undefined;
  const problem = (code: string, params?: Record<string, number>) => {
    report(errors, row, 'employeeRef', cell, code, params);
    return undefined;
  };
  if (typeof cell === 'number' && !Number.isInteger(cell)) return problem('wage_ref_invalid');
  // the common case: already made of the allowed ASCII characters (so neither empty nor Han)
  const plain = EMPLOYEE_REF.test(raw);
  const ref = plain ? raw : toHalfWidth(raw);
  if (ref === '') return problem('wage_required');
  if (isPrcIdNumber(ref, today)) return problem('wage_ref_id_number');
  if ((!plain && HAN.test(ref)) || !HAS_DIGIT.test(ref)) return problem('wage_ref_name_like');
  if (ref.length > EMPLOYEE_REF_MAX_LENGTH)
    return problem('wage_ref_too_long', { max: EMPLOYEE_REF_MAX_LENGTH });
  if (!plain && !EMPLOYEE_REF.test(ref)) return problem('wage_ref_invalid');
  return ref;
}

/** The code, also from "code name" as picked from the template's drop-down. */
function checkOccupation(
  errors: WageFileError[],
  row: number,
  cell: WageCell,
  isKnownOccupation: (code: string) => boolean,
): string | undefined {
  const raw = cellText(errors, row, 'occupationCode', cell);
  if (raw === undefined) return undefined;
  const code = isOccupationCode(raw) ? raw : toHalfWidth(raw).split(/\s/, 1)[0];
  if (code === '') report(errors, row, 'occupationCode', cell, 'wage_required');
  else if (!isOccupationCode(code)) report(errors, row, 'occupationCode', cell, 'wage_occupation_format');
  else if (!isKnownOccupation(code))
    report(errors, row, 'occupationCode', cell, 'wage_occupation_unknown', { code });
  else return code;
  return undefined;
}

/**
 * A validator for the rows of one file. Every problem of every cell is reported, so a user
 * fixes a file in one go; a row is valid only if it has none. Cells of columns the header lacks
 * (ABSENT_WAGE_CELL) are not checked — the header error names them once — and make the row
 * invalid without an error of its own.
 */
export function createWageRowValidator(options: WageRowValidatorOptions): WageRowValidator {
  const validate = createCompleteRowValidator(options);
  return (row, cells, errors, into) => {
    let absent: Set<WageErrorColumn> | null = null;
    for (let i = 0; i < WAGE_COLUMN_COUNT; i += 1) {
      if (cells[i] === ABSENT_WAGE_CELL) (absent ??= new Set()).add(WAGE_FILE_COLUMNS[i].key);
    }
    if (!absent) return validate(row, cells, errors, into);
    const before = errors.length;
    const present = cells.map((cell) => (cell === ABSENT_WAGE_CELL ? null : cell));
    validate(row, present, errors);
    // what the absent columns' blanks would report is the header's error, said once
    let kept = before;
    for (let i = before; i < errors.length; i += 1) {
      if (errors[i].column === null || !absent.has(errors[i].column!)) errors[kept++] = errors[i];
    }
    errors.length = kept;
    return null;
  };
}

function createCompleteRowValidator(options: WageRowValidatorOptions): WageRowValidator {
  const today = options.today ?? new Date();
  const isKnownOccupation = options.isKnownOccupation;
  const firstRowOfRef = new Map<string, number>();

  return (row, cells, errors, into) => {
    const before = errors.length;

    let employeeRef = checkEmployeeRef(errors, row, cells[0], today);
    if (employeeRef !== undefined) {
      const first = firstRowOfRef.get(employeeRef);
      if (first === undefined) firstRowOfRef.set(employeeRef, row);
      else {
        report(errors, row, 'employeeRef', cells[0], 'wage_ref_duplicate', { otherRow: first });
        employeeRef = undefined;
      }
    }

    const occupationCode = checkOccupation(errors, row, cells[1], isKnownOccupation);

    const categoryCell = cells[3];
    const categoryText = cellText(errors, row, 'postCategory', categoryCell);
    let postCategory: PostCategory | undefined;
    if (categoryText === '') report(errors, row, 'postCategory', categoryCell, 'wage_required');
    else if (categoryText !== undefined) {
      postCategory = POST_CATEGORY_LOOKUP.get(categoryText) ?? parsePostCategory(categoryText);
      if (!postCategory) report(errors, row, 'postCategory', categoryCell, 'wage_post_category_invalid');
    }

    // the eight national levels for skilled posts; technical and management posts are unrated
    const levelCell = cells[2];
    const levelText = cellText(errors, row, 'skillLevel', levelCell);
    let skillLevel: WageSkillLevel | undefined;
    if (levelText !== undefined) {
      let level = levelText === '' ? undefined : SKILL_LEVEL_LOOKUP.get(levelText);
      const blank = levelText === '' || (!level && UNRATED_TEXTS.has(compact(levelText)));
      if (!blank && !level) level = parseSkillLevel(levelText);
      if (!blank && !level) report(errors, row, 'skillLevel', levelCell, 'wage_skill_level_invalid');
      else if (postCategory === PostCategory.Skilled) {
        if (level) skillLevel = level;
        else report(errors, row, 'skillLevel', levelCell, 'wage_skill_level_required');
      } else if (postCategory) {
        if (level) {
          report(errors, row, 'skillLevel', levelCell, 'wage_skill_level_not_rated', {
            category: postCategory,
          });
        } else skillLevel = UNRATED_SKILL_LEVEL;
      }
    }

    const monthsCell = cells[4];
    let monthsWorked: number | undefined;
    const monthsText = cellText(errors, row, 'monthsWorked', monthsCell);
    if (monthsText === '') report(errors, row, 'monthsWorked', monthsCell, 'wage_required');
    else if (monthsText !== undefined) {
      const months = typeof monthsCell === 'number' ? monthsCell : Number(toHalfWidth(monthsText));
      if (Number.isInteger(months) && months >= 1 && months <= 12) monthsWorked = months;
      else report(errors, row, 'monthsWorked', monthsCell, 'wage_months_invalid');
    }

    // pay components, summed in cents so that the total is exact
    const basePay = checkAmount(errors, row, 'basePay', cells[5]);
    const postPay = checkAmount(errors, row, 'postPay', cells[6]);
    const performancePay = checkAmount(errors, row, 'performancePay', cells[7]);
    const allowances = checkAmount(errors, row, 'allowances', cells[8]);
    const otherPay = checkAmount(errors, row, 'otherPay', cells[9]);
    // every component is 0 or more, so the total is positive when any of them is not zero
    if (
      basePay !== undefined &&
      postPay !== undefined &&
      performancePay !== undefined &&
      allowances !== undefined &&
      otherPay !== undefined &&
      !NON_ZERO.test(basePay) &&
      !NON_ZERO.test(postPay) &&
      !NON_ZERO.test(performancePay) &&
      !NON_ZERO.test(allowances) &&
      !NON_ZERO.test(otherPay)
    ) {
      report(errors, row, WAGE_TOTAL_COLUMN, '0.00', 'wage_total_not_positive');
    }

    if (errors.length > before) return null;
    if (into) {
      into.rowNumber = row;
      into.employeeRef = employeeRef!;
      into.occupationCode = occupationCode!;
      into.skillLevel = skillLevel!;
      into.postCategory = postCategory!;
      into.monthsWorked = monthsWorked!;
      into.basePay = basePay!;
      into.postPay = postPay!;
      into.performancePay = performancePay!;
      into.allowances = allowances!;
      into.otherPay = otherPay!;
      return into;
    }
    return {
      rowNumber: row,
      employeeRef: employeeRef!,
      occupationCode: occupationCode!,
      skillLevel: skillLevel!,
      postCategory: postCategory!,
      monthsWorked: monthsWorked!,
      basePay: basePay!,
      postPay: postPay!,
      performancePay: performancePay!,
      allowances: allowances!,
      otherPay: otherPay!,
    };
  };
}

function checkAmount(
  errors: WageFileError[],
  row: number,
  column: WageColumnKey,
  cell: WageCell,
): string | undefined {
  const amount = parseAmount(cell);
  if (typeof amount === 'string') return amount;
  if (amount.code === 'formula') cellText(errors, row, column, cell);
  else {
    report(
      errors,
      row,
      column,
      cell,
      amount.code,
      amount.code === 'wage_amount_too_large' ? { max: WAGE_MAX_AMOUNT } : undefined,
    );
  }
  return undefined;
}

type AmountProblem = { code: string };

/**
 * An amount as a decimal string ("12345", "12345.6"), or what is wrong with it. Numbers typed as
 * text, with thousands separators or full-width digits, are accepted; a formula's float result
 * counts as long as it rounds to cents without loss.
 */
export function parseAmount(cell: WageCell): string | AmountProblem {
  if (typeof cell === 'string') {
    if (PLAIN_AMOUNT.test(cell)) return cell;
    let text = toHalfWidth(cell).replace(/\s+/g, '');
    if (text === '') return { code: 'wage_required' };
    if (!LOOSE_AMOUNT.test(text) || /^[+-]?\.?$/.test(text)) return { code: 'wage_amount_invalid' };
    text = text.replace(/,/g, '').replace(/^\+/, '');
    if (text.startsWith('-'))
      return { code: Number(text) === 0 ? 'wage_amount_invalid' : 'wage_amount_negative' };
    const [whole, fraction = ''] = text.split('.');
    if (fraction.length > 2) return { code: 'wage_amount_decimals' };
    const normalised = `${whole === '' ? '0' : whole.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`;
    if (Number(normalised) > WAGE_MAX_AMOUNT) return { code: 'wage_amount_too_large' };
    return normalised;
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { code: 'wage_amount_invalid' };
    if (cell < 0) return { code: 'wage_amount_negative' };
    if (cell > WAGE_MAX_AMOUNT) return { code: 'wage_amount_too_large' };
    const cents = Math.round(cell * 100);
    if (Math.abs(cell * 100 - cents) > 1e-6) return { code: 'wage_amount_decimals' };
    return (cents / 100).toFixed(2);
  }
  if (cell === null || cell === undefined) return { code: 'wage_required' };
  if (typeof cell === 'object' && !(cell instanceof Date)) return { code: 'formula' };
  return { code: 'wage_amount_invalid' };
}
