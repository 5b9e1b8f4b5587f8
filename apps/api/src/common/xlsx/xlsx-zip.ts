import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { type XlsxZipLimits } from '@skillpay/domain';

/**
 * Just enough of the zip format to look into an xlsx before streaming it: its entry names (is
 * this a workbook at all?) and the `<dimension>` of each worksheet (how many rows to expect, for
 * the progress bar). Reads the central directory of an in-memory file; uploads are ≤ 20 MB.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;

/**
 * The entries of a zip archive, or null when the buffer is not a readable one — including when its
 * local headers do not line up with the central directory (see `localHeadersMatch`).
 */
export function zipEntries(buffer: Buffer): ZipEntry[] | null {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== LOCAL_HEADER) return null;
  // the end record sits in the last 22 bytes plus an optional comment of up to 64 KiB
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i -= 1) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buffer.readUInt16LE(end + 10);
  const directoryOffset = buffer.readUInt32LE(end + 16);
  let offset = directoryOffset;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    entries.push({
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      uncompressedSize: buffer.readUInt32LE(offset + 24),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
      name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return localHeadersMatch(buffer, entries, directoryOffset) ? entries : null;
}

/**
 * Whether the local headers, read one after the other from the start as a streaming reader does
 * (exceljs' WorkbookReader), are exactly the central directory's entries: same names and sizes,
 * each starting where the previous one ends, the last ending where the directory begins. An
 * archive whose local headers hold an entry the directory does not list would otherwise reach the
 * parser unchecked by `xlsxZipBreach` and `xlsxZipInflatesAsDeclared`, which read the directory.
 */
function localHeadersMatch(buffer: Buffer, entries: readonly ZipEntry[], directoryOffset: number): boolean {
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)) {
    const at = entry.localHeaderOffset;
    if (at !== expected || at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) return false;
    const flags = buffer.readUInt16LE(at + 6);
    const nameLength = buffer.readUInt16LE(at + 26);
    const name = buffer.toString('utf8', at + 30, at + 30 + nameLength);
    if (name !== entry.name || buffer.readUInt16LE(at + 8) !== entry.method) return false;
    // bit 3: the sizes follow the data in a descriptor (optionally signed), else they are here
    const described = (flags & 0x08) !== 0;
    if (
      !described &&
      (buffer.readUInt32LE(at + 18) !== entry.compressedSize ||
        buffer.readUInt32LE(at + 22) !== entry.uncompressedSize)
    ) {
      return false;
    }
    let next = at + 30 + nameLength + buffer.readUInt16LE(at + 28) + entry.compressedSize;
    if (described) {
      if (next + 4 <= buffer.length && buffer.readUInt32LE(next) === DATA_DESCRIPTOR) next += 4;
      if (next + 12 > buffer.length) return false;
      if (
        buffer.readUInt32LE(next + 4) !== entry.compressedSize ||
        buffer.readUInt32LE(next + 8) !== entry.uncompressedSize
      ) {
        return false;
      }
      next += 12;
    }
    expected = next;
  }
  return expected === directoryOffset;
}

/** The first `bytes` of an entry's content (stored or deflated), or '' when unreadable. */
function entryHead(buffer: Buffer, entry: ZipEntry, bytes: number): string {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) return '';
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, Math.min(start + entry.compressedSize, buffer.length));
  try {
    if (entry.method === 0) return data.toString('utf8', 0, bytes);
    if (entry.method !== 8) return '';
    // a truncated deflate stream inflates as far as it goes with a sync flush
    const head = inflateRawSync(data.subarray(0, Math.min(data.length, bytes)), {
      finishFlush: constants.Z_SYNC_FLUSH,
    });
    return head.toString('utf8');
  } catch {
    return '';
  }
}

/** Whether the zip entries are those of a spreadsheet (xlsx) rather than another zip-based file. */
export function isXlsxArchive(entries: readonly ZipEntry[]): boolean {
  return entries.some((entry) => entry.name === 'xl/workbook.xml');
}

/**
 * The last row any worksheet declares in its `<dimension ref="A1:J50001">`, an estimate of the
 * rows to read; 0 when no sheet declares one.
 */
export function xlsxDeclaredRows(buffer: Buffer, entries: readonly ZipEntry[]): number {
  let rows = 0;
  for (const entry of entries) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name)) continue;
    const match = /<dimension\s+ref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"/.exec(entryHead(buffer, entry, 4096));
    if (match) rows = Math.max(rows, Number(match[2] ?? match[1]));
  }
  return rows;
}

/** Which of the `XlsxZipLimits` an archive breaks, with the numbers to name in the message. */
export type XlsxZipBreach =
  | { limit: 'uncompressed'; uncompressedMb: number; maxMb: number }
  | { limit: 'entries'; entries: number; maxEntries: number }
  | { limit: 'ratio'; entry: string; ratio: number; maxRatio: number };

/**
 * Whether an archive's central directory promises more than `limits` allow: in total, in the number
 * of entries, or in any entry's compression ratio. Nothing is inflated, so a zip bomb is refused in
 * microseconds. The sizes are those the archive declares: `xlsxZipInflatesAsDeclared` checks them
 * where the file is then parsed (see docs/wage-data.md).
 */
export function xlsxZipBreach(entries: readonly ZipEntry[], limits: XlsxZipLimits): XlsxZipBreach | null {
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  if (entries.length > limits.maxEntries) {
    return { limit: 'entries', entries: entries.length, maxEntries: limits.maxEntries };
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFromBytes && ratio > limits.maxRatio) {
      return { limit: 'ratio', entry: entry.name, ratio: Math.round(ratio), maxRatio: limits.maxRatio };
    }
  }
  if (total > limits.maxUncompressedBytes) {
    return { limit: 'uncompressed', uncompressedMb: mb(total), maxMb: mb(limits.maxUncompressedBytes) };
  }
  return null;
}

/** The limits as the `*_file_expands` messages name them. */
export function zipLimitParams(limits: XlsxZipLimits): {
  maxMb: number;
  maxEntries: number;
  maxRatio: number;
} {
  return {
    maxMb: Math.round(limits.maxUncompressedBytes / 1024 / 1024),
    maxEntries: limits.maxEntries,
    maxRatio: limits.maxRatio,
  };
}

/** Whether a deflated entry inflates to at most `max` bytes; counted as it streams, never held. */
function inflatesWithin(data: Buffer, max: number): Promise<boolean> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let bytes = 0;
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > max) {
        inflate.destroy();
        resolve(false);
      }
    });
    inflate.on('end', () => resolve(true));
    // a damaged stream is for the parser to report as unreadable
    inflate.on('error', () => resolve(true));
    inflate.end(data);
  });
}

/**
 * Whether every entry, actually inflated, stays within the size the central directory declares
 * for it: the sizes `xlsxZipBreach` checks can lie. Each entry is inflated as a stream and
 * abandoned at its declared size plus one byte, so a lying bomb costs at most the limits' worth of
 * CPU (an honest 100,000-row wage file, 38 MB, 0.3 s measured) and no memory. Run where the file is
 * then parsed (the imports in the API, the worker), off the event loop (zlib's thread pool).
 */
export async function xlsxZipInflatesAsDeclared(
  buffer: Buffer,
  entries: readonly ZipEntry[],
): Promise<boolean> {
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) continue;
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    const data = buffer.subarray(start, Math.min(start + entry.compressedSize, buffer.length));
    if (entry.method === 0 && data.length > entry.uncompressedSize) return false;
    if (entry.method === 8 && !(await inflatesWithin(data, entry.uncompressedSize))) return false;
  }
  return true;
}
