import { fromLocalInput, isHttpsUrl, localInput, meetingWhen } from './time';

describe('meeting times and links', () => {
  it('round-trips a datetime-local value', () => {
    const iso = fromLocalInput('2026-03-04T09:30');
    expect(iso).not.toBeNull();
    expect(localInput(iso)).toBe('2026-03-04T09:30');
    expect(fromLocalInput('')).toBeNull();
    expect(localInput(null)).toBe('');
  });

  it('writes the end as a time on the same day', () => {
    const start = fromLocalInput('2026-03-04T09:00')!;
    const end = fromLocalInput('2026-03-04T12:00')!;
    const text = meetingWhen(start, end, 'en-GB');
    expect(text).toContain('4 March 2026');
    expect(text.endsWith('12:00')).toBe(true);
  });

  it('accepts https links only', () => {
    expect(isHttpsUrl('https://meet.example.org/x')).toBe(true);
    expect(isHttpsUrl('http://meet.example.org')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('meet')).toBe(false);
  });
});
