import { jest } from '@jest/globals';
import { addMember, createNetwork, INVITE, type TestNetwork } from '../../test/network-fixtures.js';
import { createRound, SET_PHASE } from '../../test/round-fixtures.js';
import { registerUser, startTestApp, type TestApp } from '../../test/test-app.js';

const MY_WORK = `{ myWork {
  id kind role phase deadline count
  network { id name }
  round { id title phase phaseDeadlines { phase deadline } }
  municipality { id name }
} }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRoundInput!) { updateRound(id: $id, input: $input) { id } }`;

interface Item {
  id: string;
  kind: string;
  role: string;
  phase: string | null;
  deadline: string | null;
  count: number | null;
  network: { id: string; name: string };
  round: { id: string; title: string } | null;
  municipality: { id: string; name: string } | null;
}

describe('myWork: what is mine to do now, per role, across my networks', () => {
  let t: TestApp;
  let network: TestNetwork;
  let running: string;
  let draft: string;
  const myWork = async (token: string) => {
    const result = await t.gql<{ myWork: Item[] }>(MY_WORK, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data!.myWork;
  };

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Hemnätverket', ['Solna', 'Sundbyberg']);
    const coordinator = network.coordinator.token;
    running = (await createRound(t, coordinator, network.id, 2026)).roundId;
    draft = (await createRound(t, coordinator, network.id, 2027)).roundId;
    await t.gql(
      UPDATE,
      {
        id: running,
        input: {
          phaseDeadlines: [
            { phase: 'INTERPRETATION', deadline: '2099-12-14T22:59:00Z' },
            { phase: 'ANSWERING', deadline: '2100-01-31T22:59:00Z' },
          ],
        },
      },
      coordinator,
    );
    await t.gql(SET_PHASE, { id: running, phase: 'INTERPRETATION' }, coordinator);
  });
  afterAll(() => t.close());

  it('a coordinator sees every open round with its phase and deadline, and pending invitations', async () => {
    await t.gql(
      INVITE,
      {
        input: {
          networkId: network.id,
          email: 'vantar@test.samrad.se',
          role: 'VIEWER',
          municipalityId: null,
        },
      },
      network.coordinator.token,
    );
    const items = await myWork(network.coordinator.token);
    expect(items.map((i) => [i.kind, i.round?.id ?? null, i.phase])).toEqual([
      ['ROUND_PHASE', running, 'INTERPRETATION'], // has a deadline: first
      ['ROUND_PHASE', draft, 'DRAFT'],
      ['PENDING_INVITATIONS', null, null],
    ]);
    expect(items[0]).toMatchObject({ role: 'COORDINATOR', deadline: '2099-12-14T22:59:00.000Z' });
    expect(items[2]).toMatchObject({ count: 1, network: { name: 'Hemnätverket' } });
  });

  it('a head sees their municipality named and what the current phase asks, not DRAFT rounds', async () => {
    const head = await addMember(t, network, 'HEAD', 'Solna');
    // The same person is also editor for a municipality in another network.
    const other = await createNetwork(t, 'Grannätverket', ['Järfälla']);
    const otherRound = (await createRound(t, other.coordinator.token, other.id, 2026)).roundId;
    await t.gql(SET_PHASE, { id: otherRound, phase: 'INTERPRETATION' }, other.coordinator.token);
    await t.gql(SET_PHASE, { id: otherRound, phase: 'ANSWERING' }, other.coordinator.token);
    await addMember(t, other, 'EDITOR', 'Järfälla', head);

    const items = await myWork(head.token);
    expect(items.map((i) => [i.kind, i.role, i.network.name, i.municipality?.name, i.phase])).toEqual([
      ['MUNICIPALITY_PHASE', 'HEAD', 'Hemnätverket', 'Solna', 'INTERPRETATION'],
      ['MUNICIPALITY_PHASE', 'EDITOR', 'Grannätverket', 'Järfälla', 'ANSWERING'],
      // answering also asks for the municipality's answers, with how many are answered so far
      ['ANSWERS_TO_SUBMIT', 'EDITOR', 'Grannätverket', 'Järfälla', 'ANSWERING'],
    ]);
    expect(items[0].deadline).toBe('2099-12-14T22:59:00.000Z');
    // Upcoming deadlines come with the round.
    expect(items[0].round).toMatchObject({ id: running, title: 'Omgång 2026' });
    expect(items.some((i) => i.kind === 'PENDING_INVITATIONS' || i.round?.id === draft)).toBe(false);
  });

  it('an editor holding the same municipality twice gets one item; a viewer follows; an outsider has none', async () => {
    const editor = await addMember(t, network, 'EDITOR', 'Sundbyberg');
    await addMember(t, network, 'VIEWER', 'Sundbyberg', editor);
    expect((await myWork(editor.token)).map((i) => [i.kind, i.role, i.municipality?.name])).toEqual([
      ['MUNICIPALITY_PHASE', 'EDITOR', 'Sundbyberg'],
    ]);
    const viewer = await addMember(t, network, 'VIEWER', null);
    expect((await myWork(viewer.token)).map((i) => [i.kind, i.round?.id])).toEqual([
      ['ROUND_TO_FOLLOW', running],
    ]);
    expect(await myWork((await registerUser(t, 'utanfor')).token)).toEqual([]);
  });

  it('reads with a fixed number of queries, however many networks and rounds', async () => {
    const person = await registerUser(t, 'manga');
    const count = async () => {
      const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
      await myWork(person.token);
      const n = spy.mock.calls.length;
      spy.mockRestore();
      return n;
    };
    const first = await createNetwork(t, 'Nätverk 1', ['Solna'], person);
    await createRound(t, person.token, first.id, 2026);
    const few = await count();
    for (const name of ['Nätverk 2', 'Nätverk 3']) {
      const more = await createNetwork(t, name, ['Solna', 'Sundbyberg'], person);
      await createRound(t, person.token, more.id, 2026);
      await createRound(t, person.token, more.id, 2027);
    }
    expect((await myWork(person.token)).filter((i) => i.kind === 'ROUND_PHASE')).toHaveLength(5);
    expect(await count()).toBe(few);
  });
});
