import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { zipEntries } from '../src/common/xlsx/xlsx-zip';

/**
 * Zip archives for the tests of the unpacked-size check: an honest xlsx re-packed with one entry
 * replaced, e.g. a sharedStrings.xml of 20 million `<si><t>a</t></si>` (340 MB) that deflates to
 * well under 1 MB. A minimal zip writer (stored or deflated entries, no zip64).
 */
export interface ZipPart {
  name: string;
  /** the uncompressed bytes, or an already deflated entry with its sizes and CRC */
  data: Buffer | DeflatedPart;
  /** an uncompressed size to declare instead of the true one (a lying header) */
  declaredSize?: number;
  /** written with its local header only, left out of the central directory */
  hidden?: boolean;
}

export interface DeflatedPart {
  deflated: Buffer;
  size: number;
  crc: number;
}

/** The parts of an archive, inflated (for small honest files only). */
export function unzipParts(buffer: Buffer): ZipPart[] {
  const entries = zipEntries(buffer);
  if (!entries) throw new Error('not a zip archive');
  return entries.map((entry) => {
    const at = entry.localHeaderOffset;
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    const raw = buffer.subarray(start, start + entry.compressedSize);
    return { name: entry.name, data: entry.method === 0 ? Buffer.from(raw) : inflateRawSync(raw) };
  });
}

export function zipParts(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const entry: DeflatedPart = Buffer.isBuffer(part.data)
      ? { deflated: deflateRawSync(part.data), size: part.data.length, crc: crc32(part.data) }
      : part.data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // utf-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(part.declaredSize ?? entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, entry.deflated);
    if (part.hidden) {
      offset += 30 + name.length + entry.deflated.length;
      continue;
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(part.declaredSize ?? entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + entry.deflated.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const listed = parts.filter((part) => !part.hidden).length;
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

/**
 * `count` repetitions of `unit` between `head` and `tail`, deflated without ever holding them whole:
 * a full flush ends a deflate block byte-aligned and with no reference to earlier data, so the
 * compressed chunk can be repeated as it is and a final block appended.
 */
export function deflateRepeated(head: string, unit: string, count: number, tail: string): DeflatedPart {
  const chunkUnits = 65_536;
  const flushed = (b: Buffer) => deflateRawSync(b, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const chunk = Buffer.from(unit.repeat(chunkUnits));
  const deflatedChunk = flushed(chunk);
  const out: Buffer[] = [flushed(Buffer.from(head))];
  let crc = crc32(head);
  let size = Buffer.byteLength(head);
  for (let left = count; left > 0; left -= chunkUnits) {
    const whole = left >= chunkUnits;
    const b = whole ? chunk : Buffer.from(unit.repeat(left));
    out.push(whole ? deflatedChunk : flushed(b));
    crc = crc32(b, crc);
    size += b.length;
  }
  out.push(deflateRawSync(Buffer.from(tail), { level: 9 }));
  crc = crc32(tail, crc);
  size += Buffer.byteLength(tail);
  return { deflated: Buffer.concat(out), size, crc };
}

/** `xlsx` with its xl/sharedStrings.xml replaced by (or added as) one of `count` `<si><t>a</t></si>`. */
export async function sharedStringsBomb(
  xlsx: Buffer,
  count = 20_000_000,
  declaredSize?: number,
): Promise<Buffer> {
  const strings = deflateRepeated(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`,
    '<si><t>a</t></si>',
    count,
    '</sst>',
  );
  const parts = unzipParts(xlsx).filter((part) => part.name !== 'xl/sharedStrings.xml');
  return zipParts([...parts, { name: 'xl/sharedStrings.xml', data: strings, declaredSize }]);
}

/**
 * `xlsx` as openpyxl and other writers store it: the workbook's relationship targets absolute
 * (`/xl/worksheets/sheet1.xml`) instead of relative to xl/.
 */
export function withAbsoluteTargets(xlsx: Buffer): Buffer {
  return zipParts(
    unzipParts(xlsx).map((part) =>
      part.name === 'xl/_rels/workbook.xml.rels'
        ? {
            ...part,
            data: Buffer.from(
              (part.data as Buffer).toString('utf8').replace(/Target="(?!\/)/g, 'Target="/xl/'),
            ),
          }
        : part,
    ),
  );
}
