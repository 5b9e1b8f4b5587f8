import { SkillLevel } from './enterprise';
import { idCardCheckCharacter } from './id-card';
import { PostCategory, UNRATED_SKILL_LEVEL } from './wage-data';
import {
  ABSENT_WAGE_CELL,
  createWageRowValidator,
  isBlankWageRow,
  matchWageHeader,
  parseAmount,
  parsePostCategory,
  parseSkillLevel,
  type WageCell,
  type WageFileError,
  type WageRowValues,
} from './wage-file';

const catalogue = new Set(['6-18-01-01', '6-18-02-01', '2-02-07-04', '1-06-01-00']);
const today = new Date('2026-11-21T00:00:00Z');
const validator = () => createWageRowValidator({ isKnownOccupation: (code) => catalogue.has(code), today });

// employee ref, occupation, skill level, post category, months, base, post, performance, allowances, other
const row = (overrides: Partial<Record<number, WageCell>> = {}): WageCell[] => {
  const cells: WageCell[] = ['E0001', '6-18-01-01', '三级/高级工', '技能', 12, 36000, 24000, 18000, 3600, 0];
  for (const [i, value] of Object.entries(overrides)) cells[Number(i)] = value;
  return cells;
};

function check(cells: WageCell[], validate = validator()) {
  const errors: WageFileError[] = [];
  const values = validate(2, cells, errors);
  return { values, errors };
}

describe('wage file headers', () => {
  it.each([
    ['员工编号 *', 'employeeRef'],
    ['工号', 'employeeRef'],
    ['Employee ref', 'employeeRef'],
    ['职业编码\n*', 'occupationCode'],
    ['技能等级', 'skillLevel'],
    ['基本工资（元）', 'basePay'],
    ['Base pay (yuan)', 'basePay'],
    ['津贴补贴', 'allowances'],
    ['OTHER PAY', 'otherPay'],
  ])('recognises "%s" as %s', (header, key) => {
    expect(matchWageHeader(header)).toBe(key);
  });

  it('ignores group headers and unrelated text', () => {
    expect(matchWageHeader('年度应发工资（元）')).toBeUndefined();
    expect(matchWageHeader('姓名')).toBeUndefined();
    expect(matchWageHeader('')).toBeUndefined();
  });
});

describe('wage row rules', () => {
  it('fills a given object instead of returning a new one, with the same values', () => {
    const validate = validator();
    const into = {} as WageRowValues;
    const errors: WageFileError[] = [];
    expect(validate(2, row(), errors, into)).toBe(into);
    expect(into).toEqual(validator()(2, row(), []));
    // an invalid row leaves it alone and returns null, as without it
    expect(validate(3, row({ 0: 'E0001' }), errors, into)).toBeNull();
    expect(into.rowNumber).toBe(2);
  });

  it('turns a valid skilled row into values, amounts as decimals', () => {
    expect(check(row())).toEqual({
      values: {
        rowNumber: 2,
        employeeRef: 'E0001',
        occupationCode: '6-18-01-01',
        skillLevel: SkillLevel.Level3,
        postCategory: PostCategory.Skilled,
        monthsWorked: 12,
        basePay: '36000.00',
        postPay: '24000.00',
        performancePay: '18000.00',
        allowances: '3600.00',
        otherPay: '0.00',
      },
      errors: [],
    });
  });

  it('accepts codes and labels, text-formatted numbers and the drop-down "code name"', () => {
    const { values, errors } = check(
      row({ 1: '6-18-02-01 铣工', 2: 'level-2', 3: 'skilled', 4: '６', 5: '12,345.5', 6: ' 100 ' }),
    );
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      occupationCode: '6-18-02-01',
      skillLevel: SkillLevel.Level2,
      monthsWorked: 6,
      basePay: '12345.5',
      postPay: '100',
    });
  });

  it('stores technical and management posts as unrated and refuses a level for them', () => {
    expect(check(row({ 2: '', 3: '专业技术' })).values?.skillLevel).toBe(UNRATED_SKILL_LEVEL);
    expect(check(row({ 2: null, 3: '管理岗位' })).values?.skillLevel).toBe(UNRATED_SKILL_LEVEL);
    expect(check(row({ 2: '技师', 3: '管理' })).errors).toEqual([
      {
        row: 2,
        column: 'skillLevel',
        value: '技师',
        code: 'wage_skill_level_not_rated',
        params: { category: 'management' },
      },
    ]);
    expect(check(row({ 2: '' })).errors.map((e) => e.code)).toEqual(['wage_skill_level_required']);
  });

  it('reports every problem of a row with its column and value', () => {
    const { values, errors } = check(
      row({ 1: '6-18-1-1', 2: '九级工', 3: '工人', 4: 13, 5: -1, 6: '1.234', 7: 'abc', 8: null }),
    );
    expect(values).toBeNull();
    expect(errors.map(({ column, code }) => [column, code])).toEqual([
      ['occupationCode', 'wage_occupation_format'],
      ['postCategory', 'wage_post_category_invalid'],
      ['skillLevel', 'wage_skill_level_invalid'],
      ['monthsWorked', 'wage_months_invalid'],
      ['basePay', 'wage_amount_negative'],
      ['postPay', 'wage_amount_decimals'],
      ['performancePay', 'wage_amount_invalid'],
      ['allowances', 'wage_required'],
    ]);
  });

  it('requires a total above zero and known occupations', () => {
    expect(check(row({ 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 })).errors).toEqual([
      { row: 2, column: 'totalPay', value: '0.00', code: 'wage_total_not_positive' },
    ]);
    expect(check(row({ 1: '6-99-01-01' })).errors).toEqual([
      {
        row: 2,
        column: 'occupationCode',
        value: '6-99-01-01',
        code: 'wage_occupation_unknown',
        params: { code: '6-99-01-01' },
      },
    ]);
  });

  it('refuses ID-card numbers and names as employee refs, and duplicates in the file', () => {
    const first17 = '37021119900307123';
    const idNumber = first17 + idCardCheckCharacter(first17);
    expect(check(row({ 0: idNumber })).errors.map((e) => e.code)).toEqual(['wage_ref_id_number']);
    expect(check(row({ 0: '张三' })).errors.map((e) => e.code)).toEqual(['wage_ref_name_like']);
    expect(check(row({ 0: 'Zhang San' })).errors.map((e) => e.code)).toEqual(['wage_ref_name_like']);
    expect(check(row({ 0: 'E 001' })).errors.map((e) => e.code)).toEqual(['wage_ref_invalid']);

    // personal data is kept only masked in the error itself: ID numbers 6 + 4, names the first character
    expect(check(row({ 0: '11010519491231002X' })).errors[0]).toMatchObject({
      code: 'wage_ref_id_number',
      value: '110105********002X',
    });
    expect(check(row({ 0: '370211900307123' })).errors[0].value).toBe('370211*****7123');
    expect(check(row({ 0: '张三丰' })).errors[0].value).toBe('张**');
    expect(check(row({ 0: 'Zhang San' })).errors[0].value).toBe('Z********');

    const validate = validator();
    expect(check(row(), validate).errors).toEqual([]);
    const errors: WageFileError[] = [];
    expect(validate(9, row(), errors)).toBeNull();
    expect(errors).toEqual([
      { row: 9, column: 'employeeRef', value: 'E0001', code: 'wage_ref_duplicate', params: { otherRow: 2 } },
    ]);
  });

  it('uses a formula’s cached result and reports formulas without one', () => {
    expect(check(row({ 5: 36000.1 + 0.2 })).values?.basePay).toBe('36000.30');
    expect(check(row({ 5: { formula: 'B2*12' } })).errors).toEqual([
      { row: 2, column: 'basePay', value: '=B2*12', code: 'wage_formula_no_result' },
    ]);
    expect(check(row({ 6: { formula: '1/0', error: '#DIV/0!' } })).errors).toEqual([
      {
        row: 2,
        column: 'postPay',
        value: '#DIV/0!',
        code: 'wage_formula_error',
        params: { error: '#DIV/0!' },
      },
    ]);
  });
});

describe('rows of a file whose header lacks a column', () => {
  it('checks the other cells, says nothing of the absent column, and stores no such row', () => {
    // 职业编码 missing from the header; the row's months (13) and base pay (-5) are wrong as well
    const { values, errors } = check(row({ 1: ABSENT_WAGE_CELL, 4: 13, 5: -5 }));
    expect(values).toBeNull();
    expect(errors.map((error) => [error.row, error.column, error.code])).toEqual([
      [2, 'monthsWorked', 'wage_months_invalid'],
      [2, 'basePay', 'wage_amount_negative'],
    ]);
    // a row right in every other cell has no error of its own, and is still not valid
    expect(check(row({ 1: ABSENT_WAGE_CELL }))).toEqual({ values: null, errors: [] });
  });

  it('counts a row blank in the present columns as blank', () => {
    expect(isBlankWageRow([ABSENT_WAGE_CELL, '', null, ' ', null, null, null, null, null, null])).toBe(true);
  });
});

describe('wage cell parsers', () => {
  it('parses amounts strictly', () => {
    expect(parseAmount('0')).toBe('0');
    expect(parseAmount('1,234,567.80')).toBe('1234567.80');
    expect(parseAmount('.5')).toBe('0.5');
    expect(parseAmount('1,23')).toEqual({ code: 'wage_amount_invalid' });
    expect(parseAmount('200000000')).toEqual({ code: 'wage_amount_too_large' });
    expect(parseAmount(new Date())).toEqual({ code: 'wage_amount_invalid' });
  });

  it('knows the national skill levels and post categories in both languages', () => {
    expect(parseSkillLevel('高级技师')).toBe(SkillLevel.Level1);
    expect(parseSkillLevel('技师')).toBe(SkillLevel.Level2);
    expect(parseSkillLevel('Level 4 / intermediate worker')).toBe(SkillLevel.Level4);
    expect(parseSkillLevel('首席技师')).toBe(SkillLevel.Chief);
    expect(parsePostCategory('Technical post')).toBe(PostCategory.Technical);
    expect(parsePostCategory('技术工人')).toBeUndefined();
  });

  it('treats rows of blanks as blank', () => {
    expect(isBlankWageRow(['', null, undefined, '  '])).toBe(true);
    expect(isBlankWageRow(['', 0])).toBe(false);
  });
});
