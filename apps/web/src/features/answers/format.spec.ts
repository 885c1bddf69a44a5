import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { formatValue } from './format';

async function translator(lang: string): Promise<TFunction> {
  const i18n = createInstance();
  const answers = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'locales', lang, 'answers.json'), 'utf8'),
  ) as Record<string, unknown>;
  await i18n.init({ lng: lang, resources: { [lang]: { answers } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('formatValue', () => {
  it('shows a saved value in the reader’s language: decimal comma, % and the unit', async () => {
    const sv = await translator('sv');
    expect(formatValue(sv, { answerType: 'PERCENT' }, { number: 61.5 }, 'sv')).toBe('61,5 %');
    expect(formatValue(sv, { answerType: 'NUMBER', unit: 'st' }, { number: 1234.5 }, 'sv')).toBe('1234,5 st');
    expect(formatValue(sv, { answerType: 'YES_NO' }, { boolean: false }, 'sv')).toBe('Nej');
    expect(formatValue(sv, { answerType: 'CHOICE' }, { choice: 'Oftast' }, 'sv')).toBe('Oftast');
    expect(formatValue(sv, { answerType: 'TEXT' }, null, 'sv')).toBe('inget svar');
    const en = await translator('en');
    expect(formatValue(en, { answerType: 'PERCENT' }, { number: 61.5 }, 'en')).toBe('61.5 %');
    expect(formatValue(en, { answerType: 'YES_NO' }, { boolean: true }, 'en')).toBe('Yes');
    const da = await translator('da');
    expect(formatValue(da, { answerType: 'NUMBER' }, { number: 0.25 }, 'da')).toBe('0,25');
  });
});
