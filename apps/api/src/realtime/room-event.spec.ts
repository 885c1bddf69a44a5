import { deliveredDataSchema, isRoomEventType } from '@samrad/domain';
import { roomName, type RoomEvent } from './room-event.js';

/**
 * The publisher's type: only catalogue events, with their data, to their rooms. The
 * `@ts-expect-error` lines are part of the test: `npm run typecheck` fails if any of them compiles.
 */
describe('RoomEvent', () => {
  const id = '6f1c2b3a-0000-4000-8000-00000000000a';
  const network = roomName('network', id);
  const round = roomName('round', id);
  const renamed = { networkId: id, name: 'Norrort', description: null };
  const answer = {
    answerId: id,
    indicatorId: id,
    municipalityId: id,
    version: 1,
    status: 'DRAFT' as const,
    value: { number: 3 },
    comment: null,
  };

  it('takes a catalogue type with its data, to one of its rooms', () => {
    const events: RoomEvent[] = [
      { room: network, type: 'network.updated', data: renamed },
      { room: round, type: 'answer.saved', data: answer, visibleTo: { rule: 'answers.visible', args: {} } },
    ];
    for (const event of events) expect(deliveredDataSchema(event.type).parse(event.data)).toEqual(event.data);
  });

  it('does not compile an unknown type, wrong or extra data, a wrong room, or an answer without its rule', () => {
    const refused: RoomEvent[] = [
      // @ts-expect-error an unknown type
      { room: network, type: 'network.renamed', data: renamed },
      // @ts-expect-error data of the wrong shape
      { room: network, type: 'network.updated', data: { ...renamed, name: 42 } },
      // @ts-expect-error a field the catalogue does not have
      { room: network, type: 'network.updated', data: { ...renamed, colour: 'red' } },
      // @ts-expect-error network events do not go to round rooms
      { room: round, type: 'network.updated', data: renamed },
      // @ts-expect-error an answer's value is restricted: the event must name its visibility rule
      { room: round, type: 'answer.saved', data: answer },
    ];
    // the schemas refuse the same data at run time (rooms and rules are compile-time only)
    expect(isRoomEventType(refused[0].type)).toBe(false);
    for (const event of refused.slice(1, 3)) {
      expect(deliveredDataSchema('network.updated').safeParse(event.data).success).toBe(false);
    }
  });
});
