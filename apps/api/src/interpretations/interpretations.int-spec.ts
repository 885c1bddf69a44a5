import { type TestMember, type TestNetwork, peerNetwork } from '../../test/network-fixtures.js';
import {
  CAST,
  EDIT,
  ok,
  PROPOSE,
  RECONFIRM,
  RESOLVE,
  SET_RULE,
  WITHDRAW,
} from '../../test/interpretation-fixtures.js';
import { createRound, SET_PHASE } from '../../test/round-fixtures.js';
import { errorCode, startTestApp, type GqlResult, type TestApp } from '../../test/test-app.js';

const QUESTIONS = `query($id: ID!, $indicatorId: ID) {
  round(id: $id) {
    consensusRule
    interpretationProgress { agreed total }
    questions {
      id openProposals indicator { code }
      agreedInterpretation { id outcome reviewBy confirms { id } }
      previousAgreement { id outcome reviewBy round { indicatorSet { year } } }
    }
    interpretations(indicatorId: $indicatorId) {
      id text status outcome supersededBy { id }
      positions { stance reason municipality { id } user { id } }
      positionHistory { stance current municipality { id } }
      tally { rule members agree abstain disagree block notResponded consensus }
    }
  }
}`;

const problemPaths = (result: GqlResult) =>
  (result.errors?.[0]?.extensions?.problems as { path: string }[] | undefined)?.map((p) => p.path);

describe('joint interpretation', () => {
  let t: TestApp;
  let net: TestNetwork;
  let headSolna: TestMember;
  let editorSolna: TestMember;
  let editorSundbyberg: TestMember;
  let headTaby: TestMember;
  let viewer: TestMember;
  let round: { roundId: string; set: { indicators: { id: string; code: string }[] } };
  let q1: string;
  let q2: string;
  let solna: string;
  let sundbyberg: string;
  let taby: string;

  const phase = (roundId: string, to: string, reason?: string) =>
    ok(t, SET_PHASE, { id: roundId, phase: to, reason }, net.coordinator.token);
  const propose = (token: string, indicatorId: string, text: string) =>
    t.gql(PROPOSE, { input: { roundId: round.roundId, indicatorId, text } }, token);
  const cast = (
    as: TestMember,
    proposalId: string,
    municipalityId: string,
    stance: string,
    reason?: string,
  ) => t.gql(CAST, { input: { proposalId, municipalityId, stance, reason } }, as.token);
  const questions = async (roundId = round.roundId, indicatorId?: string) =>
    (await ok(t, QUESTIONS, { id: roundId, indicatorId }, viewer.token)).round;

  beforeAll(async () => {
    t = await startTestApp();
    ({ net, solna, sundbyberg, taby, headSolna, editorSolna, editorSundbyberg, headTaby, viewer } =
      await peerNetwork(t, 'Tolkningsnätverket'));
    round = await createRound(t, net.coordinator.token, net.id, 2026);
    [q1, q2] = round.set.indicators.map((i) => i.id);
  });
  afterAll(() => t.close());

  it('takes proposals only in INTERPRETATION, from coordinators, heads and editors', async () => {
    expect(errorCode(await propose(editorSolna.token, q1, 'Skriftlig = antagen av nämnd'))).toBe(
      'PHASE_CLOSED',
    );
    await phase(round.roundId, 'INTERPRETATION');
    expect(errorCode(await propose(viewer.token, q1, 'Läsarens förslag'))).toBe('FORBIDDEN');
    const made = await propose(editorSolna.token, q1, '  Skriftlig = antagen av nämnd  ');
    expect(made.data!.proposeInterpretation).toMatchObject({
      text: 'Skriftlig = antagen av nämnd',
      status: 'OPEN',
      author: { id: editorSolna.id },
      indicator: { id: q1, code: 'MB-01' },
    });
  });

  it('refuses empty or over-long text and a question of another set, naming the field', async () => {
    const empty = await propose(editorSolna.token, q1, '   ');
    expect([errorCode(empty), problemPaths(empty)]).toEqual(['BAD_USER_INPUT', ['text']]);
    const long = await propose(editorSolna.token, q1, 'x'.repeat(4001));
    expect([errorCode(long), problemPaths(long)]).toEqual(['BAD_USER_INPUT', ['text']]);
    expect(errorCode(await propose(editorSolna.token, q1, 'x'.repeat(4000)))).toBeUndefined();
    const other = await createRound(t, net.coordinator.token, net.id, 2024);
    const foreign = await propose(editorSolna.token, other.set.indicators[0].id, 'Fel enkät');
    expect([errorCode(foreign), problemPaths(foreign)]).toEqual(['BAD_USER_INPUT', ['indicatorId']]);
  });

  it('lets only the author edit (before any position) and withdraw', async () => {
    const { id } = (await propose(editorSolna.token, q2, 'ASI = fullständig intervju')).data!
      .proposeInterpretation;
    expect(errorCode(await t.gql(EDIT, { id, text: 'Kapat' }, editorSundbyberg.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(WITHDRAW, { id }, net.coordinator.token))).toBe('FORBIDDEN');
    const edited = await t.gql(
      EDIT,
      { id, text: 'ASI = fullständig eller uppföljningsintervju' },
      editorSolna.token,
    );
    expect(edited.data!.updateInterpretation.text).toBe('ASI = fullständig eller uppföljningsintervju');
    await ok(t, CAST, { input: { proposalId: id, municipalityId: taby, stance: 'ABSTAIN' } }, headTaby.token);
    const late = await t.gql(EDIT, { id, text: 'Ändrat i efterhand' }, editorSolna.token);
    expect([errorCode(late), late.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'HAS_POSITIONS']);
    expect((await ok(t, WITHDRAW, { id }, editorSolna.token)).withdrawInterpretation.status).toBe(
      'WITHDRAWN',
    );
    expect(errorCode(await cast(headTaby, id, taby, 'AGREE'))).toBe('CONFLICT');
    const history = (await questions(round.roundId, q2)).interpretations;
    expect(history.map((p: { status: string }) => p.status)).toEqual(['WITHDRAWN']);
  });

  it('takes one current position per municipality from its head or editors; DISAGREE and BLOCK need a reason', async () => {
    const { id } = (await propose(headSolna.token, q1, 'Rutin = dokumenterad och känd')).data!
      .proposeInterpretation;
    expect(errorCode(await cast(editorSolna, id, sundbyberg, 'AGREE'))).toBe('FORBIDDEN');
    expect(errorCode(await cast(viewer, id, solna, 'AGREE'))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          CAST,
          { input: { proposalId: id, municipalityId: solna, stance: 'AGREE' } },
          net.coordinator.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const noReason = await cast(editorSundbyberg, id, sundbyberg, 'DISAGREE', '  ');
    expect([errorCode(noReason), problemPaths(noReason)]).toEqual(['BAD_USER_INPUT', ['reason']]);
    expect(errorCode(await cast(editorSundbyberg, id, sundbyberg, 'BLOCK'))).toBe('BAD_USER_INPUT');
    const long = await cast(editorSundbyberg, id, sundbyberg, 'DISAGREE', 'x'.repeat(2001));
    expect(problemPaths(long)).toEqual(['reason']);

    await ok(
      t,
      CAST,
      { input: { proposalId: id, municipalityId: solna, stance: 'DISAGREE', reason: 'För snävt' } },
      editorSolna.token,
    );
    // the head of the same municipality replaces the editor's position: one per municipality
    const later = await ok(
      t,
      CAST,
      { input: { proposalId: id, municipalityId: solna, stance: 'AGREE' } },
      headSolna.token,
    );
    expect(later.castPosition).toMatchObject({ stance: 'AGREE', current: true, user: { id: headSolna.id } });
    const proposal = (await questions(round.roundId, q1)).interpretations.find(
      (p: { id: string }) => p.id === id,
    );
    expect(proposal.positions).toEqual([
      { stance: 'AGREE', reason: null, municipality: { id: solna }, user: { id: headSolna.id } },
    ]);
    expect(proposal.positionHistory).toEqual([
      { stance: 'DISAGREE', current: false, municipality: { id: solna } },
      { stance: 'AGREE', current: true, municipality: { id: solna } },
    ]);
    expect(proposal.tally).toEqual({
      rule: 'MAJORITY',
      members: 3,
      agree: 1,
      abstain: 0,
      disagree: 0,
      block: 0,
      notResponded: 2,
      consensus: false,
    });
  });

  it("lists the proposals a municipality has not taken a position on among its head's and editors' work", async () => {
    const work = async (token: string) =>
      (await ok(t, `{ myWork { kind count round { id } municipality { id } } }`, {}, token)).myWork.filter(
        (item: { kind: string }) => item.kind === 'POSITIONS_TO_TAKE',
      );
    const open = (await questions()).interpretations.filter(
      (p: { status: string; positions: { municipality: { id: string } }[] }) =>
        p.status === 'OPEN' && !p.positions.some((pos) => pos.municipality.id === sundbyberg),
    );
    expect(await work(editorSundbyberg.token)).toEqual([
      {
        kind: 'POSITIONS_TO_TAKE',
        count: open.length,
        round: { id: round.roundId },
        municipality: { id: sundbyberg },
      },
    ]);
    await ok(
      t,
      CAST,
      { input: { proposalId: open[0].id, municipalityId: sundbyberg, stance: 'ABSTAIN' } },
      editorSundbyberg.token,
    );
    const after = await work(editorSundbyberg.token);
    expect(after.length ? after[0].count : 0).toBe(open.length - 1);
    expect(await work(viewer.token)).toEqual([]);
  });

  it('records AGREED only when the rule is met (never over a block), with outcome and review date', async () => {
    const { id } = (await propose(editorSundbyberg.token, q1, 'Rutin = skriftlig och beslutad')).data!
      .proposeInterpretation;
    expect(errorCode(await t.gql(RESOLVE, { id, status: 'AGREED' }, headSolna.token))).toBe('FORBIDDEN');
    const early = await t.gql(RESOLVE, { id, status: 'AGREED' }, net.coordinator.token);
    expect([errorCode(early), early.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'NO_CONSENSUS']);
    await ok(
      t,
      CAST,
      { input: { proposalId: id, municipalityId: solna, stance: 'AGREE' } },
      editorSolna.token,
    );
    await ok(
      t,
      CAST,
      { input: { proposalId: id, municipalityId: sundbyberg, stance: 'AGREE' } },
      editorSundbyberg.token,
    );
    await ok(
      t,
      CAST,
      { input: { proposalId: id, municipalityId: taby, stance: 'BLOCK', reason: 'Vi har ingen nämnd' } },
      headTaby.token,
    );
    const blocked = await t.gql(RESOLVE, { id, status: 'AGREED' }, net.coordinator.token);
    expect([errorCode(blocked), blocked.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'BLOCKED']);
    await ok(t, CAST, { input: { proposalId: id, municipalityId: taby, stance: 'ABSTAIN' } }, headTaby.token);

    const bad = await t.gql(
      RESOLVE,
      { id, status: 'AGREED', outcome: 'x'.repeat(4001), reviewBy: '2026-13-01' },
      net.coordinator.token,
    );
    expect([errorCode(bad), problemPaths(bad)]).toEqual(['BAD_USER_INPUT', ['outcome', 'reviewBy']]);
    expect(problemPaths(await t.gql(RESOLVE, { id, status: 'OPEN' }, net.coordinator.token))).toEqual([
      'status',
    ]);

    const outcome = 'En rutin räknas när den är skriftlig och beslutad av ansvarig chef eller nämnd.';
    const resolved = await ok(
      t,
      RESOLVE,
      { id, status: 'AGREED', outcome, reviewBy: '2026-09-30' },
      net.coordinator.token,
    );
    expect(resolved.resolveInterpretation).toMatchObject({
      status: 'AGREED',
      outcome,
      reviewBy: '2026-09-30',
      resolvedBy: { id: net.coordinator.id },
    });
    const onResolved = await cast(editorSolna, id, solna, 'DISAGREE', 'För sent');
    expect(errorCode(onResolved)).toBe('CONFLICT');
    const again = await t.gql(RESOLVE, { id, status: 'REJECTED' }, net.coordinator.token);
    expect(errorCode(again)).toBe('CONFLICT');

    const page = await questions();
    expect(page.interpretationProgress).toEqual({ agreed: 1, total: 5 });
    expect(page.questions[0].agreedInterpretation).toMatchObject({ id, outcome, reviewBy: '2026-09-30' });
  });

  it('agreeing a newer proposal on the question supersedes the old one, keeping the history', async () => {
    const old = (await questions()).questions[0].agreedInterpretation.id;
    const { id } = (await propose(headTaby.token, q1, 'Rutin = skriftlig, beslutad och uppföljd')).data!
      .proposeInterpretation;
    for (const [as, municipalityId] of [
      [editorSolna, solna],
      [headTaby, taby],
    ] as const)
      await ok(t, CAST, { input: { proposalId: id, municipalityId, stance: 'AGREE' } }, as.token);
    await ok(t, RESOLVE, { id, status: 'AGREED' }, net.coordinator.token);
    const page = await questions(round.roundId, q1);
    expect(page.questions[0].agreedInterpretation).toMatchObject({
      id,
      outcome: 'Rutin = skriftlig, beslutad och uppföljd',
    });
    const byId = new Map(page.interpretations.map((p: { id: string }) => [p.id, p]));
    expect(byId.get(old)).toMatchObject({ status: 'SUPERSEDED', supersededBy: { id } });
    expect(page.interpretations.map((p: { status: string }) => p.status)).toEqual(
      expect.arrayContaining(['OPEN', 'SUPERSEDED', 'AGREED']),
    );
    expect(page.interpretationProgress).toEqual({ agreed: 1, total: 5 });
  });

  it('follows the network rule: under UNANIMITY everyone must respond and nobody disagree', async () => {
    expect(errorCode(await t.gql(SET_RULE, { id: net.id, rule: 'UNANIMITY' }, headSolna.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await ok(t, SET_RULE, { id: net.id, rule: 'UNANIMITY' }, net.coordinator.token)).setConsensusRule
        .consensusRule,
    ).toBe('UNANIMITY');
    const { id } = (await propose(editorSolna.token, round.set.indicators[2].id, 'Antal = unika personer'))
      .data!.proposeInterpretation;
    await ok(
      t,
      CAST,
      { input: { proposalId: id, municipalityId: solna, stance: 'AGREE' } },
      editorSolna.token,
    );
    await ok(
      t,
      CAST,
      { input: { proposalId: id, municipalityId: sundbyberg, stance: 'AGREE' } },
      editorSundbyberg.token,
    );
    expect(errorCode(await t.gql(RESOLVE, { id, status: 'AGREED' }, net.coordinator.token))).toBe('CONFLICT');
    await ok(t, CAST, { input: { proposalId: id, municipalityId: taby, stance: 'ABSTAIN' } }, headTaby.token);
    const page = await questions(round.roundId, round.set.indicators[2].id);
    expect(page.consensusRule).toBe('UNANIMITY');
    expect(page.interpretations[0].tally).toMatchObject({
      rule: 'UNANIMITY',
      consensus: true,
      notResponded: 0,
    });
    await ok(t, RESOLVE, { id, status: 'AGREED' }, net.coordinator.token);
    await ok(t, SET_RULE, { id: net.id, rule: 'MAJORITY' }, net.coordinator.token);
  });

  it('resolves in ANSWERING but takes no proposals or positions there; nothing after ANSWERING', async () => {
    const { id } = (await propose(editorSolna.token, round.set.indicators[3].id, 'Andel = av avslutade'))
      .data!.proposeInterpretation;
    await phase(round.roundId, 'ANSWERING');
    expect(errorCode(await propose(editorSolna.token, q1, 'Sent förslag'))).toBe('PHASE_CLOSED');
    expect(errorCode(await cast(editorSolna, id, solna, 'AGREE'))).toBe('PHASE_CLOSED');
    expect(errorCode(await t.gql(WITHDRAW, { id }, editorSolna.token))).toBe('PHASE_CLOSED');
    const rejected = await ok(
      t,
      RESOLVE,
      { id, status: 'REJECTED', outcome: 'Frågan läses som den står' },
      net.coordinator.token,
    );
    expect(rejected.resolveInterpretation).toMatchObject({
      status: 'REJECTED',
      outcome: 'Frågan läses som den står',
    });
    await phase(round.roundId, 'COMPILATION');
    const open = (await questions(round.roundId, q1)).interpretations.find(
      (p: { status: string }) => p.status === 'OPEN',
    );
    expect(errorCode(await t.gql(RESOLVE, { id: open.id, status: 'REJECTED' }, net.coordinator.token))).toBe(
      'PHASE_CLOSED',
    );
  });

  it("carries an agreed interpretation into the area's next round, where it is re-confirmed in one step", async () => {
    // The round above (2026 set) is earlier than this one on the same area.
    const next = await createRound(t, net.coordinator.token, net.id, 2027);
    await phase(next.roundId, 'INTERPRETATION');
    const before = await questions(next.roundId);
    expect(before.questions[0]).toMatchObject({
      agreedInterpretation: null,
      previousAgreement: {
        outcome: 'Rutin = skriftlig, beslutad och uppföljd',
        round: { indicatorSet: { year: 2026 } },
      },
    });
    expect(before.questions[1].previousAgreement).toBeNull();
    const input = { roundId: next.roundId, indicatorId: next.set.indicators[0].id, reviewBy: '2027-10-01' };
    expect(errorCode(await t.gql(RECONFIRM, { input }, editorSolna.token))).toBe('FORBIDDEN');
    const confirmed = await ok(t, RECONFIRM, { input }, net.coordinator.token);
    expect(confirmed.reconfirmInterpretation).toMatchObject({
      status: 'AGREED',
      outcome: 'Rutin = skriftlig, beslutad och uppföljd',
      reviewBy: '2027-10-01',
      confirms: { id: before.questions[0].previousAgreement.id },
    });
    const after = await questions(next.roundId);
    expect(after.questions[0].agreedInterpretation.confirms.id).toBe(
      before.questions[0].previousAgreement.id,
    );
    expect(after.interpretationProgress).toEqual({ agreed: 1, total: 5 });
    const twice = await t.gql(RECONFIRM, { input }, net.coordinator.token);
    expect([errorCode(twice), twice.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'ALREADY_AGREED']);
    const nothing = await t.gql(
      RECONFIRM,
      { input: { roundId: next.roundId, indicatorId: next.set.indicators[1].id } },
      net.coordinator.token,
    );
    expect([errorCode(nothing), nothing.errors?.[0]?.extensions?.reason]).toEqual([
      'CONFLICT',
      'NOTHING_TO_RECONFIRM',
    ]);
  });

  it('audits every change', async () => {
    const rows: { action: string }[] = await t.dataSource.query(
      `SELECT DISTINCT action FROM audit_entries WHERE subject_type = 'INTERPRETATION_PROPOSAL' OR action LIKE 'network.consensus%'`,
    );
    expect(rows.map((r) => r.action).sort()).toEqual([
      'interpretation.edited',
      'interpretation.proposed',
      'interpretation.reconfirmed',
      'interpretation.resolved',
      'interpretation.withdrawn',
      'network.consensusRuleChanged',
      'position.cast',
    ]);
  });
});
