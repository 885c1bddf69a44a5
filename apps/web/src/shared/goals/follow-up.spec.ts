import { followUpSeries, type FollowUp } from './follow-up';

const round = (
  id: string,
  year: number,
  baseline: boolean,
  summary: { yesShare?: number; mean?: number },
) => ({
  year,
  baseline,
  round: { id, title: `Round ${year}` },
  summary: { answered: 2, expected: 2, yesShare: summary.yesShare ?? null, mean: summary.mean ?? null },
  nationalReference: null,
});

describe('followUpSeries', () => {
  it('turns a yes/no indicator into percent per round: the network’s yes share and each municipality', () => {
    const followUp = {
      code: 'MB-1',
      indicator: { id: 'i', code: 'MB-1', text: 'ASI?', unit: null, answerType: 'YES_NO' },
      rounds: [round('r25', 2025, true, { yesShare: 0.5 }), round('r26', 2026, false, { yesShare: 1 })],
      values: [
        {
          roundId: 'r25',
          municipality: { id: 'a', name: 'Ekerö' },
          hidden: false,
          value: { boolean: false, number: null },
        },
        {
          roundId: 'r26',
          municipality: { id: 'a', name: 'Ekerö' },
          hidden: false,
          value: { boolean: true, number: null },
        },
        { roundId: 'r25', municipality: { id: 'b', name: 'Järfälla' }, hidden: true, value: null },
      ],
    } as unknown as FollowUp;
    const series = followUpSeries(followUp);
    expect(series).toMatchObject({ code: 'MB-1', percentage: true, numeric: true, network: [50, 100] });
    expect(series.rounds.map((r) => r.baseline)).toEqual([true, false]);
    expect(series.municipalities).toEqual([
      { id: 'a', name: 'Ekerö', values: [0, 100], hidden: [false, false] },
      { id: 'b', name: 'Järfälla', values: [null, null], hidden: [true, false] },
    ]);
  });
});
