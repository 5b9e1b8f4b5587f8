import { annualisedPay, PAY_COMPONENTS, WAGE_SKILL_LEVELS } from '@skillpay/domain';

/**
 * Wage rows held for aggregation in typed arrays, grouped into cells as they arrive: per row only
 * its cell, its upload and its annualised pay; per cell the sums of each pay component. Rows come
 * from PostgreSQL's COPY text format (see `aggregationCopySql`), parsed straight from the bytes —
 * no strings or objects per row, which is what makes a million rows take a fraction of a second.
 *
 * Columns of each line: upload ordinal, region code, occupation code, skill level (1-based index
 * into WAGE_SKILL_LEVELS), months worked, then the five pay components (numeric, 2 decimals).
 */

const TAB = 9;
const NEWLINE = 10;
const DASH = 45;
const DOT = 46;
const ZERO = 48;
const BACKSLASH = 92;
/** region slots per pair in the cell key; far more than any city's districts */
const REGION_SLOTS = 4096;
/** occupation keys above every 7-digit code, for codes not shaped like 6-18-01-01 */
const OTHER_OCCUPATION_BASE = 10_000_000;

export const COMPONENT_COUNT = PAY_COMPONENTS.length;

export class CellRows {
  /** number of rows */
  length = 0;
  /** per row: its cell, its upload (ordinal), its annualised pay */
  cell = new Int32Array(1 << 16);
  upload = new Int32Array(1 << 16);
  annual = new Float64Array(1 << 16);

  /** per cell: its pair and region (indexes into `pairs` and `regions`) */
  cellPair: number[] = [];
  cellRegion: number[] = [];
  /** per cell and component, summed pay in cents (exact: integers well below 2^53) */
  componentCents: Float64Array = new Float64Array(1024 * COMPONENT_COUNT);

  readonly pairs: Array<{ occupationCode: string; skillLevel: string }> = [];
  readonly regions: string[] = [];
  /** the largest upload ordinal seen, to size per-upload counters */
  maxUpload = 0;

  private readonly pairIndex = new Map<number, number>();
  private readonly cellIndex = new Map<number, number>();
  private readonly regionIndex = new Map<number, number>();
  private readonly otherOccupations = new Map<string, number>();
  private readonly occupationCodes = new Map<number, string>();
  /** region index by upload ordinal (+1; 0 = not seen yet) */
  private uploadRegion = new Int32Array(1024);
  private pending: Buffer | null = null;
  /** reused per line */
  private readonly cents = new Float64Array(COMPONENT_COUNT);

  get cellCount(): number {
    return this.cellPair.length;
  }

  /** Feeds a chunk of COPY text output; lines may span chunks. */
  push(chunk: Buffer): void {
    let data = chunk;
    if (this.pending) {
      data = Buffer.concat([this.pending, chunk]);
      this.pending = null;
    }
    const lastNewline = data.lastIndexOf(NEWLINE);
    if (lastNewline < 0) {
      this.pending = Buffer.from(data);
      return;
    }
    let start = 0;
    while (start <= lastNewline) {
      const end = data.indexOf(NEWLINE, start);
      this.parseLine(data, start, end);
      start = end + 1;
    }
    // a copy: the stream may reuse the chunk's memory
    if (lastNewline + 1 < data.length) this.pending = Buffer.from(data.subarray(lastNewline + 1));
  }

  /** Call after the last chunk. */
  end(): void {
    if (this.pending && this.pending.length > 0) {
      throw new Error('COPY output ended in the middle of a row');
    }
  }

  private parseLine(data: Buffer, start: number, end: number): void {
    let i = start;
    // upload ordinal
    let upload = 0;
    for (; data[i] !== TAB; i++) upload = upload * 10 + data[i] - ZERO;
    i++;
    // region code (digits)
    let regionNumber = 0;
    const regionStart = i;
    for (; data[i] !== TAB; i++) regionNumber = regionNumber * 10 + data[i] - ZERO;
    const regionEnd = i;
    i++;
    // occupation code: 6-18-01-01 → 6180101; anything else is interned by its text
    const occupationStart = i;
    let occupationKey = 0;
    for (; data[i] !== TAB; i++) if (data[i] !== DASH) occupationKey = occupationKey * 10 + data[i] - ZERO;
    const occupationEnd = i;
    if (!isCatalogueShaped(data, occupationStart, occupationEnd)) {
      occupationKey = this.otherOccupationKey(data.toString('utf8', occupationStart, occupationEnd));
    }
    i++;
    // skill level index
    if (data[i] === BACKSLASH) {
      throw new Error(`wage row with a skill level outside ${WAGE_SKILL_LEVELS.join(', ')}`);
    }
    let level = 0;
    for (; data[i] !== TAB; i++) level = level * 10 + data[i] - ZERO;
    i++;
    let months = 0;
    for (; data[i] !== TAB; i++) months = months * 10 + data[i] - ZERO;
    // pay components, in cents
    let total = 0;
    for (let c = 0; c < COMPONENT_COUNT; c++) {
      i++;
      let negative = false;
      if (data[i] === DASH) {
        negative = true;
        i++;
      }
      let value = 0;
      let decimals = -1;
      for (; i < end && data[i] !== TAB; i++) {
        if (data[i] === DOT) decimals = 0;
        else {
          value = value * 10 + data[i] - ZERO;
          if (decimals >= 0) decimals++;
        }
      }
      if (decimals <= 0) value *= 100;
      else if (decimals === 1) value *= 10;
      if (negative) value = -value;
      this.cents[c] = value;
      total += value;
    }

    const region = this.regionOf(upload, regionNumber, data, regionStart, regionEnd);
    const pairKey = occupationKey * 16 + level;
    let pair = this.pairIndex.get(pairKey);
    if (pair === undefined) {
      pair = this.pairs.length;
      this.pairIndex.set(pairKey, pair);
      this.pairs.push({
        occupationCode: this.occupationCode(occupationKey, data, occupationStart, occupationEnd),
        skillLevel: WAGE_SKILL_LEVELS[level - 1],
      });
    }
    const cellKey = pair * REGION_SLOTS + region;
    let cell = this.cellIndex.get(cellKey);
    if (cell === undefined) cell = this.addCell(cellKey, pair, region);

    const row = this.length;
    if (row === this.cell.length) this.growRows();
    this.cell[row] = cell;
    this.upload[row] = upload;
    // (total ÷ 100) is the exact yuan amount rounded once, like numeric → float8 in SQL
    this.annual[row] = annualisedPay(total / 100, months);
    this.length = row + 1;
    const sums = this.componentCents;
    const base = cell * COMPONENT_COUNT;
    for (let c = 0; c < COMPONENT_COUNT; c++) sums[base + c] += this.cents[c];
  }

  private regionOf(upload: number, regionNumber: number, data: Buffer, start: number, end: number): number {
    if (upload >= this.uploadRegion.length) {
      const grown = new Int32Array(Math.max(upload + 1, this.uploadRegion.length * 2));
      grown.set(this.uploadRegion);
      this.uploadRegion = grown;
    }
    const known = this.uploadRegion[upload];
    if (known > 0) return known - 1;
    let region = this.regionIndex.get(regionNumber);
    if (region === undefined) {
      region = this.regions.length;
      if (region >= REGION_SLOTS) throw new Error('too many regions in one aggregation');
      this.regions.push(data.toString('latin1', start, end));
      this.regionIndex.set(regionNumber, region);
    }
    this.uploadRegion[upload] = region + 1;
    if (upload > this.maxUpload) this.maxUpload = upload;
    return region;
  }

  private otherOccupationKey(code: string): number {
    let key = this.otherOccupations.get(code);
    if (key === undefined) {
      key = OTHER_OCCUPATION_BASE + this.otherOccupations.size;
      this.otherOccupations.set(code, key);
    }
    return key;
  }

  private occupationCode(key: number, data: Buffer, start: number, end: number): string {
    let code = this.occupationCodes.get(key);
    if (code === undefined) {
      code = data.toString('utf8', start, end);
      this.occupationCodes.set(key, code);
    }
    return code;
  }

  private addCell(cellKey: number, pair: number, region: number): number {
    const cell = this.cellPair.length;
    this.cellIndex.set(cellKey, cell);
    this.cellPair.push(pair);
    this.cellRegion.push(region);
    if ((cell + 1) * COMPONENT_COUNT > this.componentCents.length) {
      const grown = new Float64Array(this.componentCents.length * 2);
      grown.set(this.componentCents);
      this.componentCents = grown;
    }
    return cell;
  }

  private growRows(): void {
    const size = this.cell.length * 2;
    const cell = new Int32Array(size);
    cell.set(this.cell);
    this.cell = cell;
    const upload = new Int32Array(size);
    upload.set(this.upload);
    this.upload = upload;
    const annual = new Float64Array(size);
    annual.set(this.annual);
    this.annual = annual;
  }
}

/** `d-dd-dd-dd`, the 《职业分类大典》 shape (OCCUPATION_CODE_PATTERN), checked on the bytes. */
function isCatalogueShaped(data: Buffer, start: number, end: number): boolean {
  if (end - start !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const byte = data[start + i];
    const dash = i === 1 || i === 4 || i === 7;
    if (dash ? byte !== DASH : byte < ZERO || byte > ZERO + 9) return false;
  }
  return true;
}
