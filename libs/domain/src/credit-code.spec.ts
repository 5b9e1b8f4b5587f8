import { checkCreditCode, creditCodeCheckCharacter, normaliseCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  // Codes published on the national enterprise credit information system.
  it.each([
    ['91440300708461136T', 'Tencent (Shenzhen)'],
    ['914403001922038216', 'Huawei Technologies'],
    ['91330100799655058B', 'Alibaba (China)'],
    ['91110000802100433B', 'a Beijing enterprise'],
  ])('accepts %s (%s)', (code) => {
    expect(checkCreditCode(code)).toBeNull();
  });

  it('names the check character that the first 17 characters require', () => {
    expect(checkCreditCode('91440300708461136X')).toEqual({ kind: 'check', expected: 'T', actual: 'X' });
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T');
  });

  it('names the position of a character outside the code’s alphabet', () => {
    // I, O, S, V and Z never occur: they are too easily mistaken for 1, 0, 5, U and 2.
    expect(checkCreditCode('9144030070846113OT')).toEqual({
      kind: 'character',
      position: 17,
      character: 'O',
    });
    expect(checkCreditCode('91440300708461136t')).toEqual({
      kind: 'character',
      position: 18,
      character: 't',
    });
  });

  it('rejects a code of the wrong length', () => {
    expect(checkCreditCode('9144030070846113')).toEqual({ kind: 'length', length: 16 });
  });

  it('normalises spaces and lower case before checking', () => {
    expect(checkCreditCode(normaliseCreditCode(' 91440300 708461136t '))).toBeNull();
  });
});
