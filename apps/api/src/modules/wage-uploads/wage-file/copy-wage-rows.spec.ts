import { PostCategory, SkillLevel, type WageRowValues } from '@skillpay/domain';
import { wageRowCopyLine } from './copy-wage-rows';

const uploadId = '0b7c9f0e-3f7a-4e8e-9c1e-2b1f6c7d8e9f';
const values: WageRowValues = {
  rowNumber: 1234,
  employeeRef: 'E12-00001',
  occupationCode: '6-18-01-01',
  skillLevel: SkillLevel.Level3,
  postCategory: PostCategory.Skilled,
  monthsWorked: 12,
  basePay: '36000.15',
  postPay: '0',
  performancePay: '99999999.99',
  allowances: '3600',
  otherPay: '0.5',
};

describe('wage row COPY text', () => {
  it('is the fields in WAGE_ROW_COPY_SQL order, tab-separated, one line', () => {
    expect(wageRowCopyLine(uploadId, values)).toBe(
      `${uploadId}\t1234\tE12-00001\t6-18-01-01\t${SkillLevel.Level3}\t${PostCategory.Skilled}\t12\t36000.15\t0\t99999999.99\t3600\t0.5\n`,
    );
  });

  it.each([0, 1, 9, 10, 99, 100, 100_000, 1_000_001])('writes row number %d as its digits', (rowNumber) => {
    expect(wageRowCopyLine(uploadId, { ...values, rowNumber }).split('\t')[1]).toBe(String(rowNumber));
  });

  it('escapes what COPY text would misread and keeps other text as UTF-8', () => {
    const line = wageRowCopyLine(uploadId, { ...values, employeeRef: 'a\\b\tc\nd\re 技能' });
    expect(line.split('\t')[2]).toBe('a\\\\b\\tc\\nd\\re 技能');
    expect(line.endsWith('\t0.5\n')).toBe(true);
  });

  it('makes room for a field longer than the buffer', () => {
    const long = 'x'.repeat(5_000);
    expect(wageRowCopyLine(uploadId, { ...values, employeeRef: long }).split('\t')[2]).toBe(long);
  });
});
