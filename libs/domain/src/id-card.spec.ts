import { idCardCheckCharacter, isPrcIdNumber, maskIdNumber, maskName } from './id-card';

describe('PRC resident ID number (GB 11643-1999)', () => {
  const today = new Date('2026-11-21T00:00:00Z');

  // The standard's own worked example: 11010519491231002 → weighted sum 167, 167 mod 11 = 2 → "X".
  it('computes the check character of the standard’s example', () => {
    expect(idCardCheckCharacter('11010519491231002')).toBe('X');
    expect(isPrcIdNumber('11010519491231002X', today)).toBe(true);
    expect(isPrcIdNumber('11010519491231002x', today)).toBe(true);
    expect(isPrcIdNumber('110105 19491231 002X', today)).toBe(true);
  });

  it('accepts a Qingdao (Huangdao) number with a digit check character', () => {
    const first17 = '37021119900307123';
    expect(isPrcIdNumber(first17 + idCardCheckCharacter(first17), today)).toBe(true);
  });

  it('rejects a wrong check character, an impossible date or a future birth date', () => {
    expect(isPrcIdNumber('110105194912310021', today)).toBe(false);
    const feb30 = '37021119900230123';
    expect(isPrcIdNumber(feb30 + idCardCheckCharacter(feb30), today)).toBe(false);
    const future = '37021120300101123';
    expect(isPrcIdNumber(future + idCardCheckCharacter(future), today)).toBe(false);
  });

  it('recognises the old 15-digit form by its address code and birth date', () => {
    expect(isPrcIdNumber('370211900307123', today)).toBe(true);
    expect(isPrcIdNumber('370211901307123', today)).toBe(false); // month 13
  });

  it('leaves employee numbers and other codes alone', () => {
    for (const value of ['E-0001', 'HS2026001', '123456789012345678', '9137021100000000XX', '']) {
      expect(isPrcIdNumber(value, today)).toBe(false);
    }
  });
});

describe('masking personal data for error lists', () => {
  it('keeps the first 6 and the last 4 characters of an ID number', () => {
    // 18 characters: 6 kept + 8 masked + 4 kept
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    // 15 characters: 6 + 5 + 4
    expect(maskIdNumber('370211900307123')).toBe('370211*****7123');
    // as typed: surrounding spaces dropped, inner ones masked with the rest
    expect(maskIdNumber(' 110105 19491231 002X ')).toBe('110105**********002X');
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
  });

  it('keeps the first character of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('Zhang San')).toBe('Z********');
    expect(maskName('𠀋一')).toBe('𠀋*'); // a character outside the BMP counts once
    expect(maskName('张')).toBe('*');
  });

  it('changes nothing when masking a masked value (errors stored masked are rendered masked again)', () => {
    expect(maskIdNumber(maskIdNumber('11010519491231002X'))).toBe('110105********002X');
    expect(maskName(maskName('张三丰'))).toBe('张**');
  });
});
