import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_CODES, LOCALES } from '@samrad/domain';
import { namespaces, readLocale as read, translator } from '../test/i18n';
import { errorText } from './errors';

/** A failed operation as Apollo hands it to a component, with the server's English message. */
const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('errorText', () => {
  it('gives a Swedish user Swedish texts for FORBIDDEN and CONFLICT, never the server message', async () => {
    const t = await translator('sv');
    const forbidden = graphQLError('You do not have permission to do this', { code: 'FORBIDDEN' });
    expect(errorText(t, forbidden)).toBe('Du har inte behörighet att göra detta.');
    const conflict = graphQLError('The round was changed meanwhile (version 3)', { code: 'CONFLICT' });
    expect(errorText(t, conflict)).toBe(
      'Detta krockar med en ändring som gjorts under tiden. Sidan är uppdaterad – kontrollera och försök igen.',
    );
    expect(errorText(t, conflict)).not.toMatch(/changed meanwhile/);
  });

  it('prefers the reason, then the place’s own wording, and fills in details', async () => {
    const t = await translator('da');
    const last = graphQLError('A network needs a coordinator', {
      code: 'CONFLICT',
      reason: 'LAST_COORDINATOR',
    });
    expect(errorText(t, last)).toBe('Netværket skal beholde mindst én koordinator.');
    const stale = graphQLError('changed', { code: 'CONFLICT' });
    expect(errorText(t, stale, { CONFLICT: 'rounds:controls.conflict' })).toBe(
      'Runden er ændret af en anden. Siden er opdateret – prøv igen.',
    );
    const wrong = graphQLError('wrong', { code: 'FORBIDDEN', reason: 'WRONG_EMAIL', email: 'a@b.dk' });
    expect(errorText(t, wrong)).toBe('Invitationen gælder a@b.dk. Log ind med den adresse.');
  });

  it('falls back to the code for an unknown reason, and reads REST bodies and network failures', async () => {
    const t = await translator('en');
    expect(errorText(t, graphQLError('x', { code: 'NOT_FOUND', reason: 'SOMETHING_NEW' }))).toBe(
      'This no longer exists, or you no longer have access to it.',
    );
    expect(errorText(t, { code: 'FORBIDDEN', message: 'Only network coordinators can import' })).toBe(
      'You do not have permission to do this.',
    );
    expect(errorText(t, new TypeError('Failed to fetch'))).toBe(
      'Could not reach the server. Check your connection.',
    );
  });
});

describe('locale files', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix.slice(0, -1)];

  it.each(namespaces)('%s has the same keys in sv, da and en', (ns) => {
    const english = keys(read('en', ns)).sort();
    for (const lang of LOCALES) expect(keys(read(lang, ns)).sort()).toEqual(english);
  });

  it('has a text for every error code of the contract', () => {
    for (const lang of LOCALES) {
      const codes = (read(lang, 'errors') as { code: Record<string, string> }).code;
      for (const code of ERROR_CODES) expect(codes[code]).toBeTruthy();
    }
  });
});
