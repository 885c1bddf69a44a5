import { differingMunicipalities, middleHalf } from './majority';

const row = (answerType: 'YES_NO' | 'CHOICE' | 'NUMBER' | 'TEXT', values: (object | null)[]) => ({
  indicator: { answerType },
  cells: values.map((value, i) => ({ municipality: { id: `m${i}` }, value })),
});

describe('differs from the network majority', () => {
  it('yes/no: the ones answering against more than half', () => {
    const yes = { boolean: true };
    const no = { boolean: false };
    expect([...differingMunicipalities(row('YES_NO', [yes, yes, yes, no, null]))]).toEqual(['m3']);
  });

  it('no majority (a tie), no difference', () => {
    expect(differingMunicipalities(row('YES_NO', [{ boolean: true }, { boolean: false }])).size).toBe(0);
  });

  it('choice: another option than the one more than half chose', () => {
    const a = { choice: 'Alltid' };
    const b = { choice: 'Ibland' };
    expect([...differingMunicipalities(row('CHOICE', [a, a, b, a]))]).toEqual(['m2']);
    // the most common but not more than half is no majority
    expect(differingMunicipalities(row('CHOICE', [a, a, b, { choice: 'Sällan' }])).size).toBe(0);
  });

  it('numbers: outside the middle half of the values', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80].map((number) => ({ number }));
    // quartiles 25 and 65
    expect(middleHalf([10, 20, 30, 40, 50, 60, 70, 80])).toEqual([25, 65]);
    expect([...differingMunicipalities(row('NUMBER', values))]).toEqual(['m0', 'm1', 'm6', 'm7']);
    expect(differingMunicipalities(row('NUMBER', [{ number: 5 }, { number: 5 }, { number: 5 }])).size).toBe(
      0,
    );
  });

  it('free text and missing values never differ', () => {
    expect(differingMunicipalities(row('TEXT', [{ text: 'a' }, { text: 'b' }, { text: 'b' }])).size).toBe(0);
    expect(middleHalf([1, 2])).toBeNull();
  });
});
