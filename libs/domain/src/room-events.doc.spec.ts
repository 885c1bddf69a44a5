import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ROOM_EVENT_TYPES } from './room-events.js';
import { renderRoomEvents, withRoomEvents } from './room-events.doc.js';

const path = fileURLToPath(new URL('../../../docs/realtime.md', import.meta.url));

describe('docs/realtime.md', () => {
  it('lists every event type of the catalogue', () => {
    const section = renderRoomEvents();
    for (const type of ROOM_EVENT_TYPES) expect(section).toContain(`\`${type}\``);
  });

  it('is up to date with the catalogue (run `npm run docs:events` after changing it)', async () => {
    const document = await readFile(path, 'utf8');
    expect(document).toBe(await withRoomEvents(document, path));
  });
});
