import { AppConfig, parseEnv } from '../config/app-config';
import { PersonalDataCipher } from './personal-data-cipher';

const ROW = '3f1c2a56-7a8b-4c9d-8e0f-123456789abc';
const OTHER_ROW = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
// a valid GB 11643 number (check character X)
const ID = '11010519491231002X';

const cipherWith = (key: string) =>
  new PersonalDataCipher(new AppConfig(parseEnv({ PERSONAL_DATA_KEY: key })));

describe('PersonalDataCipher', () => {
  const cipher = cipherWith('k'.repeat(40));

  it('keeps nothing of the number in clear: a cipher text, a keyed hash and the masked form', () => {
    const sealed = cipher.seal(ROW, ' 11010519491231002x ');
    expect(sealed.masked).toBe('110105********002X');
    expect(sealed.cipher).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed.cipher).not.toContain('1949');
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.open(ROW, sealed.cipher)).toBe(ID);
  });

  it('finds the same person however the number was typed, by the hash alone', () => {
    expect(cipher.seal(ROW, ID).hash).toBe(cipher.seal(OTHER_ROW, '110105 19491231 002x').hash);
    expect(cipher.lookupHash(ID)).not.toBe(cipher.lookupHash('110105194912310021'));
  });

  it('refuses a cipher text moved to another row, altered, or read with another key', () => {
    const sealed = cipher.seal(ROW, ID);
    expect(() => cipher.open(OTHER_ROW, sealed.cipher)).toThrow();
    const [format, iv, body, tag] = sealed.cipher.split('.');
    const altered = [format, iv, body.slice(0, -2) + (body.endsWith('AA') ? 'AB' : 'AA'), tag].join('.');
    expect(() => cipher.open(ROW, altered)).toThrow();
    expect(() => cipherWith('m'.repeat(40)).open(ROW, sealed.cipher)).toThrow();
    // and the hash depends on the key: a stolen table cannot be matched against a list of numbers
    expect(cipherWith('m'.repeat(40)).lookupHash(ID)).not.toBe(cipher.lookupHash(ID));
  });
});
