import { io } from 'socket.io-client';
import { registerUser, startTestApp, type TestApp } from '../../test/test-app.js';
import { Lifecycle } from '../common/lifecycle.service.js';

describe('operations endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/health reports the database', async () => {
    // Redis (when configured) connects in the background after boot and is `degraded` until then.
    const deadline = Date.now() + 10_000;
    let body: { status?: string };
    do {
      const response = await fetch(`${t.url}/health`);
      expect(response.status).toBe(200);
      body = (await response.json()) as { status?: string };
      if (body.status === 'ok') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } while (Date.now() < deadline);
    expect(body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('splits liveness from readiness; readiness fails while draining for a graceful stop', async () => {
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: 'up' });
    const lifecycle = t.app.get(Lifecycle);
    lifecycle.draining = true;
    try {
      const draining = await fetch(`${t.url}/health/ready`);
      expect(draining.status).toBe(503);
      expect(draining.headers.get('connection')).toBe('close');
      expect(await draining.json()).toMatchObject({ status: 'draining' });
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      lifecycle.draining = false;
    }
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

describe('with Redis unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // nothing listens on port 9 (discard) on loopback: every connection attempt is refused
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:9' });
  });
  afterAll(() => t.close());

  it('is ready but degraded, answering within a second', async () => {
    const started = Date.now();
    const response = await fetch(`${t.url}/health/ready`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });
  });

  it('signs people up and in without waiting on Redis (rate limits fall back to memory)', async () => {
    const user = await registerUser(t, 'no-redis');
    const started = Date.now();
    const result = await t.gql(
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
      { email: user.email, password: 'correct horse battery' },
    );
    // before: three Redis calls waited ~5 s each (16 s); argon2's verification alone is up to ~1.5 s on a busy CI box
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.accessToken).toEqual(expect.any(String));
  });
});
