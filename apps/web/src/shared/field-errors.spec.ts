import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { translator } from '../test/i18n';
import { fieldErrorsOf, onlyErrors } from './field-errors';

describe('field errors', () => {
  it('puts the API’s problems on the form’s own fields, in the reader’s language', async () => {
    const sv = await translator('sv');
    const failure = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'name: Name is required; networkId: bad',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [
              { path: 'input.name', message: 'Name is required' },
              { path: 'networkId', message: 'bad' },
            ],
          },
        },
      ],
    });
    expect(fieldErrorsOf(sv, failure, { name: 'networks:create.nameInvalid' })).toEqual({
      name: 'Ange ett namn på högst 200 tecken, på en rad.',
    });
  });

  it('ignores other errors, and keeps only fields that have one', async () => {
    const en = await translator('en');
    const forbidden = { code: 'FORBIDDEN', message: 'no' };
    expect(fieldErrorsOf(en, forbidden, { name: 'networks:create.nameInvalid' })).toEqual({});
    expect(onlyErrors({ a: 'A', b: false, c: '', d: null })).toEqual({ a: 'A' });
  });
});
