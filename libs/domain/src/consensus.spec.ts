import fc from 'fast-check';
import { STANCES } from './enums.js';
import { CONSENSUS_RULES, currentPositions, tally, type MunicipalityStance } from './consensus.js';

const at = (municipalityId: string, stance: MunicipalityStance['stance']) => ({ municipalityId, stance });
const members = ['m1', 'm2', 'm3', 'm4'];

/** A network's member municipalities, and positions cast by members and former members, in order. */
const world = fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 12 }).chain((memberIds) =>
  fc.record({
    memberIds: fc.constant(memberIds),
    history: fc.array(
      fc.record({
        municipalityId: fc.oneof(fc.constantFrom(...memberIds), fc.uuid()),
        stance: fc.constantFrom(...STANCES),
      }),
      { maxLength: 40 },
    ),
    rule: fc.constantFrom(...CONSENSUS_RULES),
  }),
);

describe('tally (properties)', () => {
  it('always adds up to the member count, whatever the positions', () => {
    fc.assert(
      fc.property(world, ({ memberIds, history, rule }) => {
        const t = tally(history, memberIds, rule);
        expect(t.members).toBe(memberIds.length);
        expect(t.agree + t.abstain + t.disagree + t.block + t.notResponded).toBe(memberIds.length);
        expect(Math.min(t.agree, t.abstain, t.disagree, t.block, t.notResponded)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a block always prevents consensus, under both rules', () => {
    fc.assert(
      fc.property(world, fc.nat(), ({ memberIds, history, rule }, pick) => {
        const blocker = memberIds[pick % memberIds.length];
        const t = tally([...history, at(blocker, 'BLOCK')], memberIds, rule);
        expect(t.consensus).toBe(false);
        expect(t.leaning).toBe('BLOCKED');
      }),
    );
  });

  it("a municipality's later position replaces its earlier one", () => {
    fc.assert(
      fc.property(
        world,
        fc.nat(),
        fc.constantFrom(...STANCES),
        ({ memberIds, history, rule }, pick, last) => {
          const municipality = memberIds[pick % memberIds.length];
          const withLast = [...history, at(municipality, last)];
          // Only the last position counts: the same as if the earlier ones had never been cast.
          const withoutEarlier = [
            ...history.filter((p) => p.municipalityId !== municipality),
            at(municipality, last),
          ];
          expect(tally(withLast, memberIds, rule)).toEqual(tally(withoutEarlier, memberIds, rule));
          expect(currentPositions(withLast).filter((p) => p.municipalityId === municipality)).toEqual([
            at(municipality, last),
          ]);
        },
      ),
    );
  });

  it('unanimity means every member agreed or abstained, with at least one agreeing', () => {
    fc.assert(
      fc.property(world, ({ memberIds, history }) => {
        const t = tally(history, memberIds, 'UNANIMITY');
        expect(t.consensus).toBe(t.agree > 0 && t.agree + t.abstain === memberIds.length);
      }),
    );
  });
});

describe('tally (examples)', () => {
  it('majority: more than half of the member municipalities agree and nobody blocks', () => {
    const t = tally([at('m1', 'AGREE'), at('m2', 'AGREE'), at('m3', 'AGREE'), at('m4', 'DISAGREE')], members);
    expect(t).toEqual({
      rule: 'MAJORITY',
      members: 4,
      agree: 3,
      abstain: 0,
      disagree: 1,
      block: 0,
      notResponded: 0,
      consensus: true,
      leaning: 'AGREED',
    });
  });

  it('majority counts members, not responses: two of four agreeing is not enough', () => {
    expect(tally([at('m1', 'AGREE'), at('m2', 'AGREE')], members).consensus).toBe(false);
  });

  it('unanimity needs every member to respond and nobody to disagree; abstaining is fine', () => {
    const three = [at('m1', 'AGREE'), at('m2', 'AGREE'), at('m3', 'ABSTAIN')];
    expect(tally(three, members, 'UNANIMITY')).toMatchObject({ consensus: false, notResponded: 1 });
    expect(tally([...three, at('m4', 'AGREE')], members, 'UNANIMITY').consensus).toBe(true);
    expect(tally([...three, at('m4', 'DISAGREE')], members, 'UNANIMITY').consensus).toBe(false);
  });

  it('ignores positions of municipalities that left the network', () => {
    expect(tally([at('gone', 'BLOCK'), at('m1', 'AGREE')], ['m1'])).toMatchObject({
      block: 0,
      agree: 1,
      consensus: true,
    });
  });

  it('with no positions everyone is still to respond', () => {
    expect(tally([], members)).toMatchObject({ notResponded: 4, consensus: false, leaning: 'OPEN' });
  });
});
