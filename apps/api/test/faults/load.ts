import { appendFileSync } from 'node:fs';
import { createNetwork, type TestNetwork } from '../network-fixtures.js';
import { UPDATE_NETWORK } from '../realtime-fixtures.js';
import type { GqlResult, TestApp } from '../test-app.js';

/** Enough of TestApp for the fixtures (they only call `gql`), against any API url. */
export function remote(url: string): TestApp {
  return {
    url,
    async gql(query: string, variables?: Record<string, unknown>, token?: string) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) } as GqlResult;
    },
  } as TestApp;
}

export interface WriteTally {
  /** Names whose rename was acknowledged (data returned). */
  acknowledged: string[];
  /** Error codes of refused writes (an outage must give SERVICE_UNAVAILABLE, never a 500). */
  refused: Record<string, number>;
  /** HTTP statuses ≥ 500 and network failures. */
  broken: string[];
  slowestMs: number;
}

/**
 * `writers` loops renaming the network with unique names until `stop()` resolves; each rename
 * is one row update and one `network.updated` event in the network's room.
 */
export function renameLoad(url: string, token: string, network: TestNetwork, writers = 4, pauseMs = 5) {
  const tally: WriteTally = { acknowledged: [], refused: {}, broken: [], slowestMs: 0 };
  let running = true;
  const loops = Array.from({ length: writers }, async (_, w) => {
    for (let i = 0; running; i++) {
      const name = `Last ${w}-${i}`;
      const started = Date.now();
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: UPDATE_NETWORK, variables: { id: network.id, input: { name } } }),
        });
        if (response.status >= 500) tally.broken.push(`HTTP ${response.status}`);
        else {
          const body = (await response.json()) as GqlResult;
          if (body.data?.updateNetwork) tally.acknowledged.push(name);
          else {
            const code = String(body.errors?.[0]?.extensions?.code ?? 'NONE');
            tally.refused[code] = (tally.refused[code] ?? 0) + 1;
          }
        }
      } catch (error) {
        tally.broken.push(String((error as Error).cause ?? error));
      }
      tally.slowestMs = Math.max(tally.slowestMs, Date.now() - started);
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  });
  return {
    tally,
    async stop(): Promise<WriteTally> {
      running = false;
      await Promise.all(loops);
      return tally;
    },
  };
}

export async function networkWithCoordinator(url: string) {
  return createNetwork(remote(url), `Felnätverket ${Date.now().toString(36)}`, ['Vallentuna', 'Vaxholm']);
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Prints one line of figures (and appends it to FAULTS_REPORT when set) for docs/operations.md. */
export function report(test: string, figures: Record<string, unknown>): void {
  const line = `FAULT FIGURES ${test}: ${JSON.stringify(figures)}`;
  console.log(line);
  if (process.env.FAULTS_REPORT) appendFileSync(process.env.FAULTS_REPORT, `${line}\n`);
}
