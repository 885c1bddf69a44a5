/**
 * Writes the event catalogue (libs/domain/src/room-events.ts) into docs/realtime.md:
 * `npm run docs:events`. libs/domain/src/room-events.doc.spec.ts fails while the document is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withRoomEvents } from '../../libs/domain/src/room-events.doc.js';

const path = fileURLToPath(new URL('../../docs/realtime.md', import.meta.url));
const current = await readFile(path, 'utf8');
const next = await withRoomEvents(current, path);
if (next === current) console.log('docs/realtime.md is up to date');
else {
  await writeFile(path, next);
  console.log('docs/realtime.md: event types updated');
}
