import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../test/test-app.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request: fetch would ask for and undo the compression itself. */
function get(url: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('serving the web app: compressed, fingerprinted assets immutable, index.html not cached', () => {
  let t: TestApp;
  const script = `export const page = ${JSON.stringify('Samråd '.repeat(2000))};\n`;
  const html = `<!doctype html><html lang="sv"><head><title>Samråd</title>${'<!-- x -->'.repeat(200)}</head><body><div id="root"></div></body></html>`;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samrad-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'assets', 'page-Ab12Cd34.js'), script);
    // The twins the web build writes (apps/web/precompress.mjs).
    writeFileSync(join(dir, 'assets', 'page-Ab12Cd34.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'page-Ab12Cd34.js.gz'), gzipSync(script));
    t = await startTestApp({}, { webDist: dir });
  });
  afterAll(() => t.close());

  it('sends the brotli twin of an asset, else the gzip one, else the file; all immutable for a year', async () => {
    const url = `${t.url}/assets/page-Ab12Cd34.js`;
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: expect.stringMatching(/accept-encoding/i),
      'content-type': expect.stringMatching(/javascript/),
    });
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gz = await get(url, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(url, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body.toString()).toBe(script);
  });

  it('answers client routes with index.html, compressed and revalidated every time', async () => {
    const page = await get(`${t.url}/rounds/abc`, { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({ 'cache-control': 'no-cache', 'content-encoding': 'gzip' });
    expect(gunzipSync(page.body).toString()).toBe(html);
  });

  it('a missing asset (an old deploy’s chunk) is a 404, not the HTML page', async () => {
    const missing = await get(`${t.url}/assets/Gone-Xy98.js`, { accept: '*/*' });
    expect(missing.status).toBe(404);
    expect(String(missing.headers['content-type'])).not.toMatch(/html/);
  });

  it('compresses GraphQL answers too', async () => {
    const answer = await get(
      `${t.url}/graphql`,
      { 'content-type': 'application/json', 'accept-encoding': 'br' },
      'POST',
      JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    );
    expect(answer.headers['content-encoding']).toBe('br');
    expect(
      JSON.parse(brotliDecompressSync(answer.body).toString()).data.__schema.types.length,
    ).toBeGreaterThan(10);
  });
});
