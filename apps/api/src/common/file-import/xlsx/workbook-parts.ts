import { posix } from 'node:path';
import { attribute, parseXml } from './parse-xml.js';

export interface SheetPart {
  name: string;
  path: string;
}

/** What every sheet's cells refer to: the sheets in the workbook's order, its shared strings and date styles. */
export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings: string[];
  /** By cell style index: whether the style shows a number as a date. */
  dateStyles: boolean[];
  date1904: boolean;
}

export class NotAWorkbook extends Error {}

/** Finds the workbook through the package's relationships, as Excel does, rather than by fixed names. */
export async function workbookParts(files: Map<string, Buffer>): Promise<WorkbookParts> {
  const root = await relationships(files, '', '_rels/.rels');
  const workbookPath = root.find((rel) => rel.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbook = files.get(workbookPath);
  if (!workbook) throw new NotAWorkbook(`no ${workbookPath}`);
  const dir = posix.dirname(workbookPath);
  const rels = await relationships(
    files,
    dir,
    posix.join(dir, '_rels', `${posix.basename(workbookPath)}.rels`),
  );
  const byId = new Map(rels.map((rel) => [rel.id, rel]));

  const sheets: SheetPart[] = [];
  let date1904 = false;
  await parseXml(workbook, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      const rel = byId.get(attribute(attributes, 'id') ?? '');
      // chart and dialog sheets have no rows
      if (rel?.type === 'worksheet' && files.has(rel.target))
        sheets.push({ name: attributes.name ?? `Sheet ${sheets.length + 1}`, path: rel.target });
    },
  });
  const part = (type: string) => files.get(rels.find((rel) => rel.type === type)?.target ?? '');
  return {
    sheets,
    sharedStrings: await sharedStrings(part('sharedStrings')),
    dateStyles: await dateStyles(part('styles')),
    date1904,
  };
}

interface Relationship {
  id: string;
  /** The last segment of the type's URI: the same in transitional and strict files. */
  type: string;
  /** The part's path inside the zip. */
  target: string;
}

async function relationships(files: Map<string, Buffer>, dir: string, path: string): Promise<Relationship[]> {
  const xml = files.get(path);
  if (!xml) return [];
  const found: Relationship[] = [];
  await parseXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const target = attributes.Target ?? '';
      found.push({
        id: attributes.Id ?? '',
        type: (attributes.Type ?? '').split('/').pop() ?? '',
        target: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target)),
      });
    },
  });
  return found;
}

/** Each shared string as its text: rich runs joined, phonetic guides (`rPh`) left out. */
async function sharedStrings(xml: Buffer | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parseXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = true;
    },
    text(text) {
      if (inText && !phonetic && current !== null) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
  });
  return strings;
}

/** Excel's built-in number formats that show dates or times (ids 14–22, 27–36, 45–47, 50–58). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A format code shows a date when, outside quoted text and [colour]/[condition] parts, it has a date letter. */
export const isDateFormatCode = (code: string) =>
  /[ymdhsb]/i.test(
    code
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );

async function dateStyles(xml: Buffer | undefined): Promise<boolean[]> {
  if (!xml) return [];
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellStyles = false;
  await parseXml(xml, {
    open(name, attributes) {
      if (name === 'numFmt') formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellStyles = true;
      else if (name === 'xf' && inCellStyles) styleFormats.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellStyles = false;
    },
  });
  return styleFormats.map((id) => {
    const code = formats.get(id);
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormatCode(code);
  });
}
