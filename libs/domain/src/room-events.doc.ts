import { z } from 'zod';
import { ANSWER_STATUSES, NETWORK_ROLES, ROUND_PHASES } from './enums.js';
import { ROOM_EVENTS, ROOM_EVENT_TYPES } from './room-events.js';

/**
 * Renders the event catalogue as the "Event types" section of docs/realtime.md, so the document
 * cannot drift from the code: `npm run docs:events` writes it, room-events.doc.spec.ts fails when
 * it is stale. Not exported from the package index (tooling only).
 */

export const BEGIN = '<!-- room-events:begin -->';
export const END = '<!-- room-events:end -->';

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  maxItems?: number;
};

const FORMATS: Record<string, string> = { uuid: 'uuid', 'date-time': 'ISO time' };

/** Enumerations of the contract, named instead of spelled out. */
const ENUMS: [string, readonly string[]][] = [
  ['NetworkRole', NETWORK_ROLES],
  ['RoundPhase', ROUND_PHASES],
  ['AnswerStatus', ANSWER_STATUSES],
];

const enumName = (values: unknown[]) =>
  ENUMS.find(([, known]) => known.length === values.length && known.every((v, i) => v === values[i]))?.[0];

/** A short TypeScript-like rendering of a JSON schema: `{ id: uuid, name: string \| null }`. */
function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  if (schema.enum)
    return enumName(schema.enum) ?? schema.enum.map((value) => `'${String(value)}'`).join(' | ');
  if (schema.const !== undefined) return `'${String(schema.const)}'`;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'unknown'];
  return types
    .map((type) => {
      switch (type) {
        case 'string':
          return (schema.format && FORMATS[schema.format]) ?? 'string';
        case 'integer':
          return 'int';
        case 'array':
          return `${schema.items ? wrap(typeOf(schema.items)) : 'unknown'}[]`;
        case 'object':
          if (schema.properties) {
            const required = new Set(schema.required ?? []);
            const fields = Object.entries(schema.properties).map(
              ([name, field]) => `${name}${required.has(name) ? '' : '?'}: ${typeOf(field)}`,
            );
            return `{ ${fields.join(', ')} }`;
          }
          if (schema.propertyNames && typeof schema.additionalProperties === 'object') {
            return `{ [${typeOf(schema.propertyNames)}]?: ${typeOf(schema.additionalProperties)} }`;
          }
          return 'object';
        default:
          return type;
      }
    })
    .join(' | ');
}

const wrap = (type: string) => (type.includes(' | ') ? `(${type})` : type);

/** The generated section (markdown, before formatting): one item per event type. */
export function renderRoomEvents(): string {
  const items = ROOM_EVENT_TYPES.map((type) => {
    const definition: {
      summary: string;
      rooms: readonly string[];
      data: z.ZodObject;
      restricted?: readonly string[];
    } = ROOM_EVENTS[type];
    const data = typeOf(z.toJSONSchema(definition.data, { io: 'output' }) as JsonSchema);
    const restricted = definition.restricted?.length
      ? ` Restricted: ${definition.restricted.map((field) => `\`${field}\``).join(', ')} (absent for members the visibility rule does not name).`
      : '';
    const rooms = definition.rooms.map((room) => `\`${room}:\``).join(', ');
    return `- **\`${type}\`** to ${rooms}: ${definition.summary}${restricted}\n  \`${data}\``;
  });
  const enums = ENUMS.map(([name, values]) => `\`${name}\`: ${values.join(', ')}`).join('; ');
  return [BEGIN, '', ...items, '', `Enumerations: ${enums}.`, '', END].join('\n');
}

/** The document at `path` with its generated section replaced by the current one, formatted like the repo. */
export async function withRoomEvents(document: string, path: string): Promise<string> {
  const start = document.indexOf(BEGIN);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/realtime.md has no ${BEGIN} … ${END} section`);
  const { format, resolveConfig } = await import('prettier');
  const spliced = document.slice(0, start) + renderRoomEvents() + document.slice(end + END.length);
  return format(spliced, { ...(await resolveConfig(path)), filepath: path });
}
