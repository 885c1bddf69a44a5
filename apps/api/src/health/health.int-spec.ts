import { io } from 'socket.io-client';
import { registerUser, startTestApp, type TestApp } from '../../test/test-app.js';

describe('operations endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/health reports the database', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('/metrics speaks Prometheus and counts requests', async () => {
    await fetch(`${t.url}/health`);
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/# TYPE samrad_http_request_duration_seconds histogram/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
  });

  it('sends security headers and a request id', async () => {
    const response = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'trace-me-42' } });
    expect(response.headers.get('x-request-id')).toBe('trace-me-42');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses a socket handshake without a valid token', async () => {
    for (const auth of [{}, { token: 'not-a-jwt' }]) {
      const socket = io(t.url, { auth, transports: ['websocket'], reconnection: false });
      const message = await new Promise<string>((resolve) =>
        socket.on('connect_error', (e) => resolve(e.message)),
      );
      socket.close();
      expect(message).toBe('UNAUTHENTICATED');
    }
    const user = await registerUser(t, 'socket');
    const socket = io(t.url, { auth: { token: user.token }, transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', resolve);
      socket.on('connect_error', reject);
    });
    socket.close();
  });
});
