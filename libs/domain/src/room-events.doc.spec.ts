import { ROOM_EVENT_TYPES } from './room-events.js';
import { renderRoomEvents, withRoomEvents } from './room-events.doc.js';

// jest runs from the repository root; this library has no Node types, so fs comes in untyped
const DOC = 'docs/realtime.md';
const readDoc = async (): Promise<string> => {
  const fs = (await import('node:fs/promises' as string)) as {
    readFile(path: string, encoding: 'utf8'): Promise<string>;
  };
  return fs.readFile(DOC, 'utf8');
};

describe('docs/realtime.md', () => {
  it('lists every event type of the catalogue', () => {
    const section = renderRoomEvents();
    for (const type of ROOM_EVENT_TYPES) expect(section).toContain(`\`${type}\``);
  });

  it('is up to date with the catalogue (run `npm run docs:events` after changing it)', async () => {
    const document = await readDoc();
    expect(document).toBe(await withRoomEvents(document, DOC));
  });
});
