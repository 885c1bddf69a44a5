import { createInflateRaw } from 'node:zlib';

const END = 0x06054b50;
const ENTRY = 0x02014b50;
const LOCAL = 0x04034b50;

export type UnzippedSize = { ok: true; bytes: number } | { ok: false; reason: 'NOT_A_ZIP' | 'TOO_LARGE' };

interface Entry {
  offset: number;
  compressedSize: number;
  method: number;
}

/**
 * Unpacks every entry of a zip, counting the bytes that come out and stopping at `cap`: the sizes a zip declares
 * can lie (a 262 kB file declaring 27 kB unpacked to 250 MB), the inflated bytes cannot. Nothing is kept, and
 * zlib works off the event loop. The entries must fill the archive up to its directory with no gaps, so a reader
 * that walks the local headers (exceljs streams this way) sees exactly what was counted here.
 */
export async function unzippedSize(bytes: Buffer, cap: number): Promise<UnzippedSize> {
  const entries = centralDirectory(bytes);
  if (!entries) return { ok: false, reason: 'NOT_A_ZIP' };
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.offset, entry.offset + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) {
      const counted = await inflatedBytes(data, cap - total);
      if (counted === null) return { ok: false, reason: 'TOO_LARGE' };
      total += counted;
    } else return { ok: false, reason: 'NOT_A_ZIP' };
    if (total > cap) return { ok: false, reason: 'TOO_LARGE' };
  }
  return { ok: true, bytes: total };
}

/** Inflated length of raw deflate data, or null once it passes `budget` (the inflater is stopped there). */
function inflatedBytes(data: Buffer, budget: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let count = 0;
    inflater.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) {
        inflater.destroy();
        resolve(null);
      }
    });
    inflater.on('end', () => resolve(count));
    inflater.on('error', () => resolve(count > budget ? null : count)); // broken data: exceljs reports it
    inflater.end(data);
  });
}

/** The entries with where their data starts, or null when the directory is missing, ZIP64 or leaves gaps. */
function centralDirectory(bytes: Buffer): Entry[] | null {
  if (bytes.length < 22) return null;
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff); // the end record plus its comment
  let end = -1;
  for (let at = bytes.length - 22; at >= searchFrom; at--) {
    if (bytes.readUInt32LE(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const directoryStart = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ENTRY) return null;
    const compressedSize = bytes.readUInt32LE(at + 20);
    const localOffset = bytes.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return null; // ZIP64: no workbook needs it
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL) return null;
    const dataStart =
      localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > directoryStart) return null;
    entries.push({ offset: dataStart, compressedSize, method: bytes.readUInt16LE(at + 10) });
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return noGaps(bytes, entries, directoryStart) ? entries : null;
}

/** Each entry's data is followed by the next local header (after an optional data descriptor) or the directory. */
function noGaps(bytes: Buffer, entries: Entry[], directoryStart: number): boolean {
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  let expected = 0;
  for (const entry of sorted) {
    const headerStart = localHeaderStart(bytes, entry.offset, expected);
    if (headerStart !== expected) return false;
    expected = afterDescriptor(bytes, entry.offset + entry.compressedSize);
  }
  return expected === directoryStart;
}

function localHeaderStart(bytes: Buffer, dataStart: number, candidate: number): number {
  if (bytes.readUInt32LE(candidate) !== LOCAL) return -1;
  const start = candidate + 30 + bytes.readUInt16LE(candidate + 26) + bytes.readUInt16LE(candidate + 28);
  return start === dataStart ? candidate : -1;
}

/** Skips a data descriptor (with or without its signature) when one follows the data. */
function afterDescriptor(bytes: Buffer, at: number): number {
  if (at + 4 <= bytes.length && bytes.readUInt32LE(at) === 0x08074b50) return at + 16;
  if (at + 4 <= bytes.length && (bytes.readUInt32LE(at) === LOCAL || bytes.readUInt32LE(at) === ENTRY))
    return at;
  return at + 12 <= bytes.length && [LOCAL, ENTRY].includes(bytes.readUInt32LE(at + 12)) ? at + 12 : at;
}
