import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { CAST, ok, PROPOSE, RESOLVE } from '../../test/interpretation-fixtures.js';
import { createRound, SET_PHASE } from '../../test/round-fixtures.js';
import { connectSocket, type TestSocket } from '../../test/sockets.js';
import { countStatements } from '../../test/sql-statements.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/** What the round page asks for: every question with its interpretations, positions and tallies. */
const ROUND_PAGE = `query($id: ID!) {
  round(id: $id) {
    id phase consensusRule
    interpretationProgress { agreed total }
    questions {
      id openProposals
      indicator { id code text }
      agreedInterpretation { id outcome reviewBy author { displayName } resolvedBy { displayName } }
      previousAgreement { id outcome reviewBy round { indicatorSet { year } } }
    }
    interpretations {
      id text status createdAt indicator { id }
      author { id displayName }
      positions { stance reason municipality { id name } user { displayName } }
      tally { members agree abstain disagree block notResponded consensus }
    }
  }
}`;

describe('interpretation: live events and a constant number of SQL statements', () => {
  let t: TestApp;
  let net: TestNetwork;
  let editorSolna: TestMember;
  let editorSundbyberg: TestMember;
  let headTaby: TestMember;
  let round: Awaited<ReturnType<typeof createRound>>;
  let sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    net = await createNetwork(t, 'Direktnätverket', ['Solna', 'Sundbyberg', 'Täby']);
    editorSolna = await addMember(t, net, 'EDITOR', 'Solna');
    editorSundbyberg = await addMember(t, net, 'EDITOR', 'Sundbyberg');
    headTaby = await addMember(t, net, 'HEAD', 'Täby');
    round = await createRound(t, net.coordinator.token, net.id, 2026);
    await ok(t, SET_PHASE, { id: round.roundId, phase: 'INTERPRETATION' }, net.coordinator.token);
  });
  afterEach(() => {
    sockets.forEach((s) => s.close());
    sockets = [];
  });
  afterAll(() => t.close());

  it('a round page costs the same number of SQL statements with 2 or 12 proposals (no N+1)', async () => {
    const measure = async () => {
      const { result, statements } = await countStatements(t.dataSource, () =>
        t.gql(ROUND_PAGE, { id: round.roundId }, editorSundbyberg.token),
      );
      expect(result.errors).toBeUndefined();
      if (process.env.SHOW_SQL) console.log(statements.map((q) => q.slice(0, 120)).join('\n'));
      return { statements: statements.length, proposals: result.data!.round.interpretations.length };
    };
    // proposals spread over the questions, each with positions from two municipalities
    const addProposals = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const indicatorId = round.set.indicators[i % round.set.indicators.length].id;
        const { proposeInterpretation: p } = await ok(
          t,
          PROPOSE,
          { input: { roundId: round.roundId, indicatorId, text: `Läsning ${i}` } },
          editorSolna.token,
        );
        await ok(
          t,
          CAST,
          { input: { proposalId: p.id, municipalityId: net.municipalities.Solna, stance: 'AGREE' } },
          editorSolna.token,
        );
        await ok(
          t,
          CAST,
          {
            input: {
              proposalId: p.id,
              municipalityId: net.municipalities['Täby'],
              stance: 'DISAGREE',
              reason: 'Oklart',
            },
          },
          headTaby.token,
        );
      }
    };
    await addProposals(2);
    const small = await measure();
    expect(small.proposals).toBe(2);
    await addProposals(10);
    const large = await measure();
    expect(large.proposals).toBe(12);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(15);
  });
  it('another member receives proposed, position and resolved events over a real socket', async () => {
    const room = `round:${round.roundId}`;
    const watcher = await connectSocket(t.url, editorSundbyberg.token);
    sockets.push(watcher);
    expect((await watcher.subscribe(room)).ok).toBe(true);

    const indicatorId = round.set.indicators[0].id;
    const { proposeInterpretation: proposal } = await ok(
      t,
      PROPOSE,
      { input: { roundId: round.roundId, indicatorId, text: 'Rutin = skriftlig' } },
      editorSolna.token,
    );
    await watcher.waitFor((events) => events.some((e) => e.type === 'interpretation.proposed'));
    expect(watcher.eventsOf(room, 'interpretation.proposed')[0]).toMatchObject({
      actorId: editorSolna.id,
      data: { proposalId: proposal.id, indicatorId, text: 'Rutin = skriftlig', status: 'OPEN' },
    });

    for (const [as, municipality] of [
      [editorSolna, 'Solna'],
      [headTaby, 'Täby'],
    ] as const)
      await ok(
        t,
        CAST,
        {
          input: {
            proposalId: proposal.id,
            municipalityId: net.municipalities[municipality],
            stance: 'AGREE',
          },
        },
        as.token,
      );
    await watcher.waitFor((events) => events.filter((e) => e.type === 'position.cast').length === 2);
    expect(watcher.eventsOf(room, 'position.cast').map((e) => e.data.tally)).toEqual([
      {
        rule: 'MAJORITY',
        members: 3,
        agree: 1,
        abstain: 0,
        disagree: 0,
        block: 0,
        notResponded: 2,
        consensus: false,
      },
      {
        rule: 'MAJORITY',
        members: 3,
        agree: 2,
        abstain: 0,
        disagree: 0,
        block: 0,
        notResponded: 1,
        consensus: true,
      },
    ]);

    await ok(
      t,
      RESOLVE,
      { id: proposal.id, status: 'AGREED', reviewBy: '2026-09-30' },
      net.coordinator.token,
    );
    await watcher.waitFor((events) => events.some((e) => e.type === 'interpretation.resolved'));
    expect(watcher.eventsOf(room, 'interpretation.resolved')[0].data).toMatchObject({
      proposalId: proposal.id,
      status: 'AGREED',
      outcome: 'Rutin = skriftlig',
      reviewBy: '2026-09-30',
      supersededIds: [],
    });
  });
});
