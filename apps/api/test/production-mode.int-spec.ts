import { randomBytes } from 'node:crypto';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { decodeJwt, SignJWT } from 'jose';
import { io } from 'socket.io-client';
import { addMember, createNetwork } from './network-fixtures.js';
import { errorCode, registerUser, startTestApp, type TestApp } from './test-app.js';

const PUBLIC_URL = 'https://samrad.example.org';

/** The API as it runs in production: what a stranger can learn or do there. */
describe('production mode', () => {
  const secret = randomBytes(32).toString('hex');
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL, JWT_SECRET: secret });
  });
  afterAll(() => t.close());

  it('answers no introspection', async () => {
    const result = await t.gql(`{ __schema { types { name } } }`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('gives no "Did you mean" hints about field names', async () => {
    const user = await registerUser(t, 'prober');
    const result = await t.gql(`{ mee { id } networks { nme } }`, {}, user.token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    const messages = result.errors!.map((e) => e.message).join('\n');
    expect(messages).not.toMatch(/Did you mean|"me"|"name"/);
  });

  it('opens sockets only for pages of PUBLIC_URL', async () => {
    const user = await registerUser(t, 'socket');
    const handshake = (origin: string) => {
      const socket = io(t.url, {
        auth: { token: user.token },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { origin },
      });
      return new Promise<string>((resolve) => {
        socket.once('connect', () => (socket.close(), resolve('connected')));
        socket.once('connect_error', (error) => (socket.close(), resolve(error.message)));
      });
    };
    expect(await handshake('https://evil.example')).toBe('FORBIDDEN');
    expect(await handshake('http://samrad.example.org')).toBe('FORBIDDEN');
    expect(await handshake(PUBLIC_URL)).toBe('connected');
  });

  it('keeps invitation links out of info-level logs', async () => {
    const network = await createNetwork(t, 'Loggnätet', ['Solna']);
    const info = jest.spyOn(Logger.prototype, 'log');
    const debug = jest.spyOn(Logger.prototype, 'debug');
    try {
      const invited = await t.gql(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token link mailStatus } }`,
        { input: { networkId: network.id, email: 'ny@example.se', role: 'VIEWER' } },
        network.coordinator.token,
      );
      const { token, mailStatus } = invited.data!.inviteMember;
      expect(mailStatus).toBe('NOT_CONFIGURED');
      const logged = (spy: typeof info) => spy.mock.calls.map((call) => String(call[0])).join('\n');
      expect(logged(info)).toMatch(/created without e-mail/);
      expect(logged(info)).not.toContain(token);
      expect(logged(debug)).toContain(token); // still there for whoever runs at debug level
    } finally {
      info.mockRestore();
      debug.mockRestore();
    }
  });

  it('refuses a correctly signed token without an expiry', async () => {
    const member = await addMember(t, await createNetwork(t, 'Tokennätet', ['Täby']), 'VIEWER');
    const { sid, sub } = decodeJwt(member.token);
    const sign = (withExpiry: boolean) => {
      const jwt = new SignJWT({ sid })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub!)
        .setIssuer('samrad');
      jwt.setIssuedAt();
      if (withExpiry) jwt.setExpirationTime('5m');
      return jwt.sign(new TextEncoder().encode(secret));
    };
    // the same claims with an expiry pass, so the refusal is the missing `exp` and nothing else
    expect((await t.gql(`{ me { id } }`, {}, await sign(true))).data).toEqual({ me: { id: member.id } });
    expect(errorCode(await t.gql(`{ me { id } }`, {}, await sign(false)))).toBe('UNAUTHENTICATED');
  });
});
