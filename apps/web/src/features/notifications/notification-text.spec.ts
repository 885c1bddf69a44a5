import { LOCALES } from '@samrad/domain';
import { translator } from '../../test/i18n';
import { notificationDetail, notificationText } from './notification-text';

describe('notification texts', () => {
  it('says who did what, about what, in every language', async () => {
    for (const lang of LOCALES) {
      const t = await translator(lang);
      const text = notificationText(t, { kind: 'MENTION', title: 'Budget', actorName: 'Anna' });
      expect({ lang, text }).toEqual({ lang, text: expect.stringMatching(/^Anna .*Budget/) });
      // the system has no name: "someone" in the reader's language
      const reply = notificationText(t, { kind: 'REPLY', title: 'Budget', actorName: null });
      expect(reply).not.toContain('null');
    }
  });

  it('names the phase and writes the deadline in the reader’s language', async () => {
    const sv = await translator('sv');
    expect(notificationDetail(sv, { kind: 'PHASE_CHANGED', detail: 'ANSWERING' }, 'sv')).toBe(
      'Nu: Besvarande',
    );
    const da = await translator('da');
    expect(notificationDetail(da, { kind: 'DEADLINE', detail: '2026-12-03T16:00:00.000Z' }, 'da')).toMatch(
      /^Lukker 3\. december 2026/,
    );
    expect(notificationDetail(sv, { kind: 'MENTION', detail: 'Hej @Anna' }, 'sv')).toBe('Hej @Anna');
    expect(notificationDetail(sv, { kind: 'MENTION', detail: null }, 'sv')).toBeNull();
  });
});
