/**
 * The total unpacked size a zip's central directory declares, read without unpacking, so that a
 * small .xlsx that says it unpacks to gigabytes (a "zip bomb" made with ordinary tools) is refused
 * before exceljs loads it into memory. Returns null when the directory cannot be found (exceljs
 * then reports the broken zip) and Infinity for ZIP64 sizes, which no indicator workbook needs.
 */
export function declaredUnzippedSize(bytes: Buffer): number | null {
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff); // the end record plus its comment
  let end = -1;
  for (let at = bytes.length - 22; at >= searchFrom; at--) {
    if (bytes.readUInt32LE(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ENTRY) return null;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}
