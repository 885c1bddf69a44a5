import { replaySchema, subscribeSchema } from './realtime.js';
import { parseRoom, roomName } from './rooms.js';

describe('room names', () => {
  const id = '6F1C2B3A-0000-4000-8000-00000000000A';

  it('parses the four kinds, case-insensitively, to a canonical lower-case name', () => {
    expect(parseRoom(`round:${id}`)).toEqual({
      kind: 'round',
      id: id.toLowerCase(),
      name: `round:${id.toLowerCase()}`,
    });
    expect(parseRoom(`NETWORK:${id}`)?.name).toBe(`network:${id.toLowerCase()}`);
    expect(roomName('goal', id)).toBe(`goal:${id.toLowerCase()}`);
  });

  it.each([['lobby:' + id], ['round:42'], [`round:${id}:x`], [`round: ${id}`], [42], [null], [undefined]])(
    'refuses %p',
    (value) => expect(parseRoom(value)).toBeNull(),
  );
});

describe('socket inputs', () => {
  const room = 'thread:6f1c2b3a-0000-4000-8000-00000000000a';

  it('accepts a subscribe and a replay', () => {
    expect(subscribeSchema.parse({ room })).toEqual({ room });
    expect(replaySchema.parse({ room, afterSeq: 0 })).toEqual({ room, afterSeq: 0 });
    expect(replaySchema.parse({ room, afterSeq: 7, limit: 500 })).toEqual({ room, afterSeq: 7, limit: 500 });
  });

  it.each([
    [{ room, afterSeq: -1 }],
    [{ room, afterSeq: 1.5 }],
    [{ room, afterSeq: '3' }],
    [{ room, afterSeq: 0, limit: 501 }],
    [{ room: 'round:1', afterSeq: 0 }],
    [{ afterSeq: 0 }],
  ])('refuses the replay %p', (input) => expect(replaySchema.safeParse(input).success).toBe(false));
});
