import { createInflateRaw } from 'node:zlib';

const END = 0x06054b50;
const ENTRY = 0x02014b50;
const LOCAL = 0x04034b50;

export type Unzipped =
  { ok: true; files: Map<string, Buffer>; bytes: number } | { ok: false; reason: 'NOT_A_ZIP' | 'TOO_LARGE' };

interface Entry {
  name: string;
  offset: number;
  compressedSize: number;
  method: number;
}

/**
 * Unpacks every entry the zip's directory lists, counting the bytes that come out and stopping at `cap`: the sizes
 * a zip declares can lie (a 262 kB file declaring 27 kB unpacked to 250 MB), the inflated bytes cannot. zlib works
 * off the event loop. Only listed entries are read, so nothing hidden between them is ever unpacked.
 */
export async function unzip(bytes: Buffer, cap: number): Promise<Unzipped> {
  const entries = centralDirectory(bytes);
  if (!entries) return { ok: false, reason: 'NOT_A_ZIP' };
  const files = new Map<string, Buffer>();
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.offset, entry.offset + entry.compressedSize);
    let file: Buffer | 'TOO_LARGE' | 'BROKEN';
    if (entry.method === 0) file = data.length > cap - total ? 'TOO_LARGE' : data;
    else if (entry.method === 8) file = await inflated(data, cap - total);
    else return { ok: false, reason: 'NOT_A_ZIP' };
    if (file === 'TOO_LARGE') return { ok: false, reason: 'TOO_LARGE' };
    if (file === 'BROKEN') return { ok: false, reason: 'NOT_A_ZIP' };
    total += file.length;
    if (!entry.name.endsWith('/')) files.set(entry.name, file);
  }
  return { ok: true, files, bytes: total };
}

/** Raw deflate data inflated, or why not: past `budget` (the inflater is stopped there) or broken. */
function inflated(data: Buffer, budget: number): Promise<Buffer | 'TOO_LARGE' | 'BROKEN'> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    const chunks: Buffer[] = [];
    let count = 0;
    inflater.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) {
        inflater.destroy();
        resolve('TOO_LARGE');
      } else chunks.push(chunk);
    });
    inflater.on('end', () => resolve(Buffer.concat(chunks, count)));
    inflater.on('error', () => resolve(count > budget ? 'TOO_LARGE' : 'BROKEN'));
    inflater.end(data);
  });
}

/** The entries with their names and where their data starts, or null when the directory is missing or ZIP64. */
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
    if (dataStart + compressedSize > bytes.length) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    if (at + 46 + nameLength > bytes.length) return null;
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, offset: dataStart, compressedSize, method: bytes.readUInt16LE(at + 10) });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}
