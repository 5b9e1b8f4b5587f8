/**
 * A 《职业分类大典》 code as typed or pasted: spaces dropped, full-width and typographic dashes
 * (－ – —) turned into the ASCII hyphen, so `6－18－01－01` reads as `6-18-01-01`. Check the
 * result with isOccupationCode.
 */
export function normaliseOccupationCode(value: string): string {
  return value.replace(/\s+/g, '').replace(/[‐‑‒–—―－]/g, '-');
}
