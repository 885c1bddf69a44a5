import { IMPORT_FILE_REASONS, IMPORT_PROBLEM_CODES, LOCALES } from '@samrad/domain';
import { errorText } from '../../shared/errors';
import { readLocale, translator } from '../../test/i18n';
import { problemText } from './problem-text';

describe('import problems in the reader’s language', () => {
  it.each(LOCALES)(
    '%s has a text for every problem code and every refused-file reason the API sends',
    (lang) => {
      const problems = readLocale(lang, 'catalogue').problem as Record<string, string>;
      for (const code of IMPORT_PROBLEM_CODES)
        expect([code, problems[code]]).toEqual([code, expect.any(String)]);
      const reasons = (readLocale(lang, 'errors') as { reason: Record<string, string> }).reason;
      for (const reason of IMPORT_FILE_REASONS)
        expect([reason, reasons[reason]]).toEqual([reason, expect.any(String)]);
    },
  );

  it('words a row problem from its code and params, with the value the file had', async () => {
    const sv = await translator('sv');
    const problem = {
      row: 3,
      column: 'answerType',
      code: 'NOT_ONE_OF',
      params: { column: 'answerType', value: 'SIFFRA', allowed: 'YES_NO, NUMBER' },
      message: 'Answer type must be one of YES_NO, NUMBER',
    };
    expect(problemText(sv, problem)).toBe(
      'Måste vara något av YES_NO, NUMBER (eller ett ord från formathjälpen). I filen: ”SIFFRA”.',
    );
    const da = await translator('da');
    const options = { ...problem, code: 'NO_OPTIONS_FOR_TYPE', params: { answerType: 'YES_NO' } };
    expect(problemText(da, options)).toBe('Et spørgsmål af typen »Ja/nej« har ingen svarmuligheder.');
  });

  it('falls back to the server’s message for a code it does not know, or none', async () => {
    const en = await translator('en');
    const base = { row: null, column: null, message: 'Something new' };
    expect(problemText(en, { ...base, code: 'FROM_THE_FUTURE', params: {} })).toBe('Something new');
    expect(problemText(en, base)).toBe('Something new');
  });

  it('words a refused file from its reason and details', async () => {
    const sv = await translator('sv');
    const tooLarge = {
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TOO_LARGE',
      maxMb: 10,
      message: 'The file is larger than 10 MB: split the set or remove what it does not need',
    };
    expect(errorText(sv, tooLarge)).toBe(
      'Filen är större än 10 MB. Dela upp uppsättningen eller ta bort det som inte behövs.',
    );
    const fetchOff = { code: 'FORBIDDEN', reason: 'KOLADA_FETCH_OFF', message: 'turned off' };
    expect(errorText(await translator('da'), fetchOff)).toMatch(/^Denne server må ikke hente fra Kolada/);
  });
});
