import { soleValue } from './sole-option';

describe('soleValue', () => {
  it('answers the only value, and nothing when there are none or several', () => {
    expect(soleValue(['370211'])).toBe('370211');
    expect(soleValue([])).toBeUndefined();
    expect(soleValue(['370200', '370211'])).toBeUndefined();
    expect(soleValue(undefined)).toBeUndefined();
  });
});
