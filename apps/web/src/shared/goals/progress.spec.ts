import { translator } from '../../test/i18n';
import {
  daysUntil,
  dueText,
  formatFigure,
  isOverdue,
  latestByMunicipality,
  percent,
  progressText,
  statusCounts,
  statusCountsText,
} from './progress';
import { sparkGeometry } from './sparkline';

const update = (municipality: string, status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE', at: string) => ({
  municipality: { id: municipality },
  status,
  reportedAt: at,
});

describe('a goal’s progress in words', () => {
  it('takes the newest update of each municipality and counts the committed ones by status', () => {
    const latest = latestByMunicipality([
      update('a', 'ON_TRACK', '2026-01-01T10:00:00Z'),
      update('b', 'DONE', '2026-02-01T10:00:00Z'),
      update('a', 'AT_RISK', '2026-03-01T10:00:00Z'),
      // an older update listed later does not win
      update('b', 'OFF_TRACK', '2026-01-15T10:00:00Z'),
      // a municipality that is not committed (any more) is not counted
      update('x', 'DONE', '2026-03-01T10:00:00Z'),
    ]);
    expect(latest.get('a')?.status).toBe('AT_RISK');
    expect(latest.get('b')?.status).toBe('DONE');
    expect(statusCounts(['a', 'b', 'c'], latest)).toEqual({
      DONE: 1,
      ON_TRACK: 0,
      AT_RISK: 1,
      OFF_TRACK: 0,
      NONE: 1,
    });
  });

  it('says the counts worst first, in each language, with plurals', async () => {
    const counts = { DONE: 2, ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 0, NONE: 1 };
    expect(statusCountsText(await translator('sv'), counts)).toBe('1 i riskzonen, 2 klara, 1 utan rapport');
    expect(statusCountsText(await translator('en'), counts)).toBe('1 at risk, 2 done, 1 not reported yet');
    expect(statusCountsText(await translator('da'), counts)).toBe('1 i risiko, 2 færdige, 1 uden rapport');
    expect(statusCountsText(await translator('en'), { ...counts, DONE: 0, AT_RISK: 0, NONE: 0 })).toBe(
      'No municipality has committed yet',
    );
  });

  it('sums the goal up: municipalities done and milestones done', async () => {
    const sv = await translator('sv');
    expect(progressText(sv, { done: 2, committed: 5, milestonesDone: 1, milestones: 3 })).toBe(
      '2 av 5 åtagna kommuner klara (40 %) · 1 av 3 delmål klara',
    );
    const en = await translator('en');
    expect(progressText(en, { done: 0, committed: 0, milestonesDone: 0, milestones: 0 })).toBe(
      'no commitments yet · no milestones',
    );
    expect(progressText(en, { done: 1, committed: 1, milestonesDone: 1, milestones: 1 })).toBe(
      '1 of 1 committed municipality done (100 %) · 1 of 1 milestone done',
    );
    expect(percent(1, 3)).toBe(33);
    expect(percent(1, 0)).toBe(0);
  });

  it('tells when something is due in calendar days, overdue only when not finished', async () => {
    const now = new Date(2026, 10, 30, 15, 0);
    expect(daysUntil(new Date(2026, 11, 1, 1, 0), now)).toBe(1);
    expect(daysUntil(new Date(2026, 10, 30, 23, 59), now)).toBe(0);
    const en = await translator('en');
    const at = (y: number, m: number, d: number) => new Date(y, m, d, 23, 59).toISOString();
    expect(dueText(en, at(2026, 11, 30), 'en', now)).toBe('Dec 30, 2026 (in 30 days)');
    expect(dueText(en, at(2026, 10, 30), 'en', now)).toBe('Nov 30, 2026 (today)');
    expect(dueText(en, at(2026, 10, 27), 'en', now)).toBe('Nov 27, 2026 (3 days overdue)');
    expect(dueText(en, at(2026, 10, 27), 'en', now, true)).toBe('Nov 27, 2026');
    expect(dueText(en, null, 'en', now)).toBe('no due date');
    const sv = await translator('sv');
    expect(dueText(sv, at(2026, 11, 1), 'sv', now)).toBe('1 dec. 2026 (om 1 dag)');
    expect(isOverdue(at(2026, 10, 29), now)).toBe(true);
    expect(isOverdue(at(2026, 10, 29), now, true)).toBe(false);
    expect(isOverdue(null, now)).toBe(false);
  });

  it('formats a figure with a decimal comma where the language has one, and its unit', () => {
    expect(formatFigure(61.54, 'sv', { percentage: true })).toBe('61,5 %');
    expect(formatFigure(3, 'en', { unit: 'st' })).toBe('3 st');
    expect(formatFigure(null, 'da')).toBe('–');
  });
});

describe('sparkGeometry', () => {
  it('places the lowest value at the bottom and the highest at the top, left to right', () => {
    const { runs, dots } = sparkGeometry([10, 20, 15], { width: 100, height: 20, pad: 0 });
    expect(dots).toEqual([
      { x: 0, y: 20 },
      { x: 50, y: 0 },
      { x: 100, y: 10 },
    ]);
    expect(runs).toEqual(['0,20 50,0 100,10']);
  });

  it('breaks the line where a round has no figure, and draws a lone value as a dot', () => {
    const { runs, dots } = sparkGeometry([1, 2, null, 3], { width: 30, height: 10, pad: 0 });
    expect(runs).toEqual(['0,10 10,5']);
    expect(dots).toHaveLength(3);
    expect(sparkGeometry([5], { width: 30, height: 10 }).dots).toEqual([{ x: 15, y: 5 }]);
    expect(sparkGeometry([null, null], { width: 30, height: 10 })).toEqual({ runs: [], dots: [] });
  });
});
