/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence and a
 * check character (ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, remainder → "10X98765432").
 * Cards issued before 1999 carry the 15-digit form (2-digit year, no check character).
 * Used to keep ID numbers out of wage uploads, where only the enterprise's own ids belong.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character of the first 17 digits (assumed to be digits). */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** A real calendar day between 1900-01-01 and today. */
function isBirthDate(year: number, month: number, day: number, today: Date): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getTime() <= today.getTime();
}

/**
 * Whether `value` is a valid PRC resident ID number: 18 characters with a correct check character
 * (or the old 15-digit form), an address code starting with a province digit 1–8 and a real
 * birth date. Spaces are ignored and a lower-case x is accepted, as people type them.
 */
export function isPrcIdNumber(value: string, today: Date = new Date()): boolean {
  if (value.length < 15) return false;
  const id = value.replace(/\s+/g, '').toUpperCase();
  if (id.length === 18) {
    if (!/^[1-8]\d{16}[\dX]$/.test(id)) return false;
    const birth = isBirthDate(
      Number(id.slice(6, 10)),
      Number(id.slice(10, 12)),
      Number(id.slice(12, 14)),
      today,
    );
    return birth && idCardCheckCharacter(id) === id[17];
  }
  if (id.length === 15) {
    if (!/^[1-8]\d{14}$/.test(id)) return false;
    return isBirthDate(
      1900 + Number(id.slice(6, 8)),
      Number(id.slice(8, 10)),
      Number(id.slice(10, 12)),
      today,
    );
  }
  return false;
}

const MASK = '*';

/**
 * An ID number as it may be stored or shown: the first 6 characters (the address code) and the
 * last 4 kept, every one between masked — `11010519491231002X` → `110105********002X`. Works on
 * any text (spaces, full-width digits) character by character; text of 10 characters or fewer is
 * masked whole. Masking a masked value changes nothing.
 */
export function maskIdNumber(value: string): string {
  const characters = Array.from(value.trim());
  if (characters.length <= 10) return MASK.repeat(characters.length);
  return (
    characters.slice(0, 6).join('') + MASK.repeat(characters.length - 10) + characters.slice(-4).join('')
  );
}

/**
 * A personal name as it may be stored or shown: the first character kept, the rest masked —
 * `张三丰` → `张**`; a single character is masked whole. Masking a masked value changes nothing.
 */
export function maskName(value: string): string {
  const characters = Array.from(value.trim());
  if (characters.length <= 1) return MASK.repeat(characters.length);
  return characters[0] + MASK.repeat(characters.length - 1);
}
