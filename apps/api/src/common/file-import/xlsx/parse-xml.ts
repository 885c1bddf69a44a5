import { SaxesParser } from 'saxes';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Characters parsed between turns of the event loop: a big sheet never holds up other requests for long. */
const CHUNK = 64 * 1024;

/** Far deeper than any part of a workbook nests (a cell's rich text is 5 deep); the parser keeps every open tag. */
const MAX_DEPTH = 64;

/**
 * Parses an XML part of a workbook, calling the handlers with names without their namespace prefix (some writers
 * spell `<x:row>`). A handler may throw to stop early; malformed XML, and XML nested deeper than any workbook part
 * (each open tag is kept), throws. saxes expands no entities of its own and fetches nothing, so a part cannot grow
 * itself or reach out.
 */
export async function parseXml(xml: Buffer, on: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) throw new Error(`XML nested deeper than ${MAX_DEPTH}`);
    on.open?.(localName(tag.name), tag.attributes as Attributes);
  });
  parser.on('text', (text) => on.text?.(text));
  parser.on('cdata', (text) => on.text?.(text));
  parser.on('closetag', (tag) => {
    depth--;
    on.close?.(localName(tag.name));
  });
  const text = xml.toString('utf8').replace(/^\uFEFF/, '');
  for (let at = 0; at < text.length;) {
    let next = Math.min(at + CHUNK, text.length);
    if (isHighSurrogate(text.charCodeAt(next - 1))) next++; // never split a character in two
    parser.write(text.slice(at, next));
    at = next;
    if (at < text.length) await new Promise((resolve) => setImmediate(resolve));
  }
  parser.close();
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** An attribute whatever its prefix (`r:id`, or another prefix bound to the same namespace). */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  const key = Object.keys(attributes).find((key) => key.endsWith(`:${name}`));
  return key === undefined ? undefined : attributes[key];
}
