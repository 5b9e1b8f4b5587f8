import { normaliseOccupationCode } from './occupation';
import { isOccupationCode } from './wage-data';

describe('occupation codes', () => {
  it.each([
    ['6-18-01-01', '6-18-01-01'],
    [' 6-18-01-01 ', '6-18-01-01'],
    ['6－18－01－01', '6-18-01-01'],
    ['6 – 18 – 01 – 01', '6-18-01-01'],
  ])('reads %j as %s', (typed, code) => {
    expect(normaliseOccupationCode(typed)).toBe(code);
    expect(isOccupationCode(normaliseOccupationCode(typed))).toBe(true);
  });

  it.each(['6-18-01', '9-18-01-01', '6-18-1-1', '6180101'])('rejects %j', (typed) => {
    expect(isOccupationCode(normaliseOccupationCode(typed))).toBe(false);
  });
});
