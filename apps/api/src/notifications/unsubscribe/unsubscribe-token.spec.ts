import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.js';

const SECRET = 'a-test-secret-that-is-long-enough-000';
const USER = '6f1c2b1e-8a0b-4c7e-9d2a-0b1c2d3e4f50';
const OTHER = '7a2d3c4f-9b1c-4d8f-8e3b-1c2d3e4f5a61';

describe('unsubscribe tokens', () => {
  it('reads back what it signed', () => {
    expect(readUnsubscribeToken(SECRET, unsubscribeToken(SECRET, USER, 'MENTION'))).toEqual({
      userId: USER,
      scope: 'MENTION',
    });
    expect(readUnsubscribeToken(SECRET, unsubscribeToken(SECRET, USER, 'ALL'))).toEqual({
      userId: USER,
      scope: 'ALL',
    });
  });

  it('refuses another secret, another user, another scope and any altered character', () => {
    const token = unsubscribeToken(SECRET, USER, 'MENTION');
    const [, , signature] = token.split('.');
    expect(readUnsubscribeToken(`${SECRET}x`, token)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${OTHER}.MENTION.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${USER}.ALL.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${USER}.NOPE.${signature}`)).toBeNull();
    for (let i = 0; i < token.length; i++) {
      const altered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(readUnsubscribeToken(SECRET, altered)).toBeNull();
    }
    expect(readUnsubscribeToken(SECRET, `${token}.`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, '')).toBeNull();
  });
});
