import { jest } from '@jest/globals';
import { RealtimeClient, type ClientSocket } from './realtime-client.js';

/** Stands in for socket.io's client socket (a third-party boundary): records connects, replays events. */
class ScriptedSocket implements ClientSocket {
  connected = false;
  connects = 0;
  private readonly listeners = new Map<string, ((...args: any[]) => void)[]>();
  on(event: string, listener: (...args: any[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  connect() {
    this.connects++;
    return this;
  }
  disconnect() {
    this.connected = false;
    return this;
  }
  timeout() {
    return { emitWithAck: async () => ({ ok: true, seq: 0 }) };
  }
}

describe('RealtimeClient during a database outage', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('retries a handshake refused with SERVICE_UNAVAILABLE after retryAfter, without signing out', () => {
    const socket = new ScriptedSocket();
    let refreshes = 0;
    const client = new RealtimeClient({
      createSocket: () => socket,
      auth: {
        token: () => 'a-token',
        refresh: async () => {
          refreshes++;
          return null;
        },
      },
    });
    client.start();
    socket.fire(
      'connect_error',
      Object.assign(new Error('SERVICE_UNAVAILABLE'), { data: { retryAfter: 3 } }),
    );
    expect(client.connectionState).toBe('reconnecting');
    jest.advanceTimersByTime(2900);
    expect(socket.connects).toBe(0);
    jest.advanceTimersByTime(200);
    expect(socket.connects).toBe(1);
    expect(refreshes).toBe(0);
    client.stop();
  });

  it('does not retry after stop()', () => {
    const socket = new ScriptedSocket();
    const client = new RealtimeClient({
      createSocket: () => socket,
      auth: { token: () => 'a-token', refresh: async () => null },
    });
    client.start();
    socket.fire(
      'connect_error',
      Object.assign(new Error('SERVICE_UNAVAILABLE'), { data: { retryAfter: 1 } }),
    );
    client.stop();
    jest.advanceTimersByTime(5000);
    expect(socket.connects).toBe(0);
  });
});
