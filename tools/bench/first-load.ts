/**
 * First-load bench (`npm run bench`, `BENCH=first-load`): the built product (API + dist/apps/web,
 * demo data) in this process, Debian's Chromium through playwright-core, an empty browser cache.
 * For the sign-in page and a round page (signed in, opened from a link) it reports the bytes on
 * the wire (all, and JavaScript alone) and the time until the page's heading is shown — on
 * loopback, and with a slow 4G profile (1.6 Mbit/s, 150 ms round trip) where bytes cost time —
 * plus the same round page again with a warm cache. Builds the web app first if it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { seedOnBoot } from '../../apps/api/src/database/seed.js';
import { graphqlClient, runIfMain, withBenchDatabase } from './bench-database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const webDist = join(root, 'dist/apps/web');
const DEMO = { email: 'samordnare@demo.samrad.se', password: 'samrad-demo-2026' };
const TARGET_JS = 200 * 1024;

interface Load {
  page: string;
  network: string;
  bytes: number;
  jsBytes: number;
  requests: number;
  /** navigation start → the page's h1 visible */
  contentMs: number;
}

const SLOW_4G = {
  urlPattern: '', // every request
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** Loads `path` in `context` and counts what crossed the wire (CDP encodedDataLength: headers + compressed body). */
async function measure(
  context: BrowserContext,
  path: string,
  heading: RegExp,
  network: 'loopback' | 'slow 4G',
  label: string,
): Promise<Load> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network === 'slow 4G') {
    await cdp.send('Network.emulateNetworkConditionsByRule', { matchedNetworkConditions: [SLOW_4G] });
  }
  const types = new Map<string, string>();
  let bytes = 0;
  let jsBytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    requests += 1;
    bytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
  });
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  const contentMs = await page.evaluate(() => Math.round(performance.now()));
  // Let late requests (lazy chunks, the socket's polling handshake) finish before counting.
  await page.waitForLoadState('networkidle');
  await page.close();
  return { page: label, network, bytes, jsBytes, requests, contentMs };
}

export async function runFirstLoadBench(log: (line: string) => void = console.log): Promise<Load[]> {
  if (!existsSync(join(webDist, 'index.html'))) {
    log('building the web app (dist/apps/web missing) …');
    execFileSync('npx', ['nx', 'run', 'web:build'], { cwd: root, stdio: 'inherit' });
  }
  const maps = readdirSync(join(webDist, 'assets')).filter((name) => name.endsWith('.map'));
  return withBenchDatabase('firstload', async (db) => {
    const env = { ...db.envFor(''), SEED_DEMO: true };
    const app = await createApp({ env, databaseUrl: db.databaseUrl, webDist });
    await seedOnBoot(app, env);
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const gql = graphqlClient(url);
      const { login } = await gql(
        `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }`,
        DEMO,
      );
      const { networks } = await gql(`{ networks { rounds { id phase title } } }`, {}, login.accessToken);
      const round = networks
        .flatMap((n: { rounds: { id: string; phase: string; title: string }[] }) => n.rounds)
        .find((r: { phase: string }) => r.phase !== 'CLOSED');
      // A signed-in browser state, as after an earlier visit: the refresh token in localStorage.
      const signedIn = {
        cookies: [],
        origins: [
          { origin: url, localStorage: [{ name: 'samrad.refreshToken', value: login.refreshToken }] },
        ],
      };
      const title = new RegExp(round.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const results: Load[] = [];
      for (const network of ['loopback', 'slow 4G'] as const) {
        const fresh = await browser.newContext({ baseURL: url, locale: 'sv-SE' });
        results.push(await measure(fresh, '/sign-in', /logga in/i, network, 'sign-in, cold'));
        await fresh.close();
        // Each token is single use (rotation): sign in again for every signed-in context.
        const again = await gql(
          `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { refreshToken } }`,
          DEMO,
        );
        signedIn.origins[0].localStorage[0].value = again.login.refreshToken;
        const cold = await browser.newContext({ baseURL: url, locale: 'sv-SE', storageState: signedIn });
        results.push(await measure(cold, `/rounds/${round.id}`, title, network, 'round page, cold'));
        results.push(await measure(cold, `/rounds/${round.id}`, title, network, 'round page, warm cache'));
        await cold.close();
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      for (const r of results) {
        log(
          `${r.page.padEnd(24)} ${r.network.padEnd(9)} ${kb(r.bytes).padStart(9)} on the wire, JS ${kb(r.jsBytes).padStart(9)}, ${String(r.requests).padStart(2)} requests, heading after ${r.contentMs} ms`,
        );
      }
      const first = results.find((r) => r.page === 'sign-in, cold')!;
      log(
        `first page JS ${kb(first.jsBytes)} compressed (target < ${kb(TARGET_JS)}: ${first.jsBytes < TARGET_JS ? 'met' : 'NOT met'}); source maps in the served folder: ${maps.length}`,
      );
      return results;
    } finally {
      await browser.close();
      await app.close();
    }
  });
}

runIfMain(import.meta.url, () => runFirstLoadBench());
