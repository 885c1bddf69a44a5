import { jest } from '@jest/globals';
import { announcementBatch } from './announcement-batch';

describe('announcementBatch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reads messages that come together as one text, in order, once each', () => {
    const shown: string[] = [];
    const announce = announcementBatch((text) => shown.push(text));
    announce('Omgång 2026 har gått vidare till Tolkning.');
    announce('Ny avisering: fasen ändrades.');
    announce('Omgång 2026 har gått vidare till Tolkning.');
    jest.advanceTimersByTime(50);
    expect(shown.at(-1)).toBe('Omgång 2026 har gått vidare till Tolkning. Ny avisering: fasen ändrades.');
  });

  it('clears first, so the same message later is a change and is read again', () => {
    const shown: string[] = [];
    const announce = announcementBatch((text) => shown.push(text));
    announce('Sparat.');
    jest.advanceTimersByTime(50);
    announce('Sparat.');
    jest.advanceTimersByTime(50);
    expect(shown).toEqual(['', 'Sparat.', '', 'Sparat.']);
  });
});
