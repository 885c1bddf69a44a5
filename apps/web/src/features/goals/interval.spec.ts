import { intervalDays } from './interval';

describe('the follow-up interval typed by a coordinator', () => {
  it('is a whole number of days from 7 to 730', () => {
    expect(intervalDays('7')).toBe(7);
    expect(intervalDays(' 90 ')).toBe(90);
    expect(intervalDays('730')).toBe(730);
  });

  it('refuses fewer, more, parts of days and text', () => {
    for (const text of ['', '6', '731', '30.5', '-10', '1e2', 'tre']) expect(intervalDays(text)).toBeNull();
  });
});
