import { ConfigError, parseEnv } from './config.schema.js';

describe('parseEnv', () => {
  it('applies the defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './.data', SEED_DEMO: true, LOG_LEVEL: 'info' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('seeds no demo data in production unless asked', () => {
    expect(parseEnv({ NODE_ENV: 'production' }).SEED_DEMO).toBe(false);
    expect(parseEnv({ NODE_ENV: 'production', SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
    expect(parseEnv({ NODE_ENV: 'development', SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  });

  it('reads trusted proxies and operators as lists', () => {
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
    expect(parseEnv({ TRUST_PROXY: '10.0.0.2, 172.16.0.0/12' }).TRUST_PROXY).toEqual([
      '10.0.0.2',
      '172.16.0.0/12',
    ]);
    expect(parseEnv({ OPERATOR_EMAILS: ' Ops@Example.se ,b@example.se' }).OPERATOR_EMAILS).toEqual([
      'ops@example.se',
      'b@example.se',
    ]);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', REDIS_URL: '' })).toMatchObject({
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'not a url'],
    ['JWT_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'maybe'],
    ['OPERATOR_EMAILS', 'not-an-email'],
    ['TRUST_PROXY', 'any; rm -rf'],
  ])('stops on a wrong %s with a message naming it', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}:`));
  });
});
