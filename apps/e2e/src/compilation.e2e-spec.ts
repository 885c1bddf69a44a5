import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO, expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

/** The demo network's closed 2025 round: its id, through the API as the coordinator. */
async function round2025(): Promise<string> {
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await post(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    { e: DEMO.coordinator, p: DEMO.password },
  );
  const { networks } = await post(`{ networks { rounds { id title } } }`, {}, login.accessToken);
  const rounds = networks.flatMap((n: { rounds: { id: string; title: string }[] }) => n.rounds);
  return rounds.find((r: { title: string }) => r.title === 'Öppna jämförelser 2025').id;
}

const rows = (page: Page) => page.getByTestId('compilation-matrix').locator('tbody tr');

describe('the compilation: municipalities side by side, without traffic lights', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens from the round, filters by section and search, moves by keyboard and highlights only on request', async () => {
    const roundId = await round2025();
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto(`/rounds/${roundId}`);
    await page.getByRole('link', { name: 'Öppna sammanställningen' }).click();

    const heading = page.getByRole('heading', { level: 1, name: 'Sammanställning' });
    await heading.waitFor();
    await expect(page.title()).resolves.toBe('Sammanställning – Öppna jämförelser 2025 – Samråd');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    // eight municipalities answered all 39 questions of 2025; the matrix has a column each
    await expect(rows(page).count()).resolves.toBe(39);
    await expect(page.getByTestId('compilation-matrix').locator('thead th').count()).resolves.toBe(1 + 8 + 2);
    await expect(page.getByTestId('matrix-count').textContent()).resolves.toBe('Visar 39 av 39 frågor');
    // neutral by default: no highlight, and the legend says so
    await expect(page.getByTestId('highlight-legend').textContent()).resolves.toMatch(/Ingen markering/);
    await expectAccessible(page);

    // filter by section, then search within it
    await page.getByLabel('Avsnitt').selectOption('Samverkan');
    await expect(page.getByTestId('matrix-count').textContent()).resolves.toBe('Visar 6 av 39 frågor');
    await page.getByLabel('Sök frågor').fill('SIP');
    await page.getByTestId('matrix-count').filter({ hasText: 'Visar 1 av 39 frågor' }).waitFor();
    await expect(rows(page).first().getAttribute('data-testid')).resolves.toBe('row-SAM-02');
    await page.getByLabel('Sök frågor').fill('');
    await page.getByTestId('matrix-count').filter({ hasText: 'Visar 6 av 39 frågor' }).waitFor();

    // one tab stop, arrow keys move between cells; a cell tells its context in words
    await rows(page).first().getByRole('link').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).resolves.toBe('1:1');
    await expect(page.getByTestId('cell-detail').textContent()).resolves.toMatch(/SAM-02: (Ja|Nej)/);

    // the highlight is opt-in and its legend says what it means, never "bad"
    await page.getByLabel('Markera där en kommun skiljer sig från nätverkets majoritet').check();
    const legend = await page.getByTestId('highlight-legend').textContent();
    expect(legend).toMatch(/Skiljer sig från nätverkets majoritet/);
    expect(legend).toMatch(/Det säger inget om bra eller dåligt\./);
    const marked = await page.getByTestId('compilation-matrix').locator('td', { hasText: '◆' }).count();
    expect(marked).toBeGreaterThan(0);
    await page.getByLabel('Bara där vi skiljer oss från nätverkets majoritet').check();
    const differing = await rows(page).count();
    expect(differing).toBeLessThanOrEqual(6);
    await expectAccessible(page);
    await page.getByLabel('Bara där vi skiljer oss från nätverkets majoritet').uncheck();
    await context.close();
  });

  it("opens a question's chart with its table, the trend, the leaders and the comments", async () => {
    const roundId = await round2025();
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto(`/rounds/${roundId}/compilation`);
    await page.getByRole('heading', { level: 1, name: 'Sammanställning' }).waitFor();
    await page.getByLabel('Sök frågor').fill('BED-05');
    await page.getByTestId('matrix-count').filter({ hasText: 'Visar 1 av 39 frågor' }).waitFor();
    await rows(page).first().getByRole('link').click();

    await page.getByRole('heading', { level: 1, name: /BED-05/ }).waitFor();
    await expect(page.title()).resolves.toBe('BED-05 – Öppna jämförelser 2025 – Samråd');
    const chart = page.getByTestId('distribution-chart');
    // the chart (ECharts, loaded on demand) is one named image
    const image = chart.getByRole('img', { name: /Stapeldiagram: varje kommuns svar på BED-05/ });
    await image.locator('svg').waitFor();
    await expectAccessible(page);

    // its text alternative: the same figures as a table, the national reference included
    await chart.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = chart.getByRole('table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(8 + 1);
    await expect(table.locator('tbody tr').last().textContent()).resolves.toBe('Riket74,2 %');
    await expect(
      chart.getByRole('button', { name: 'Dölj tabellen' }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');

    await page.getByTestId('trend-chart').getByRole('img').locator('svg').waitFor();
    await expect(page.getByTestId('answers-table').locator('tbody tr').count()).resolves.toBe(8);
    await expect(page.getByTestId('leaders').locator('li').count()).resolves.toBeGreaterThanOrEqual(3);
    await expectAccessible(page);
    await context.close();
  });

  it('downloads the Excel and the PDF, and both carry the figures', async () => {
    const roundId = await round2025();
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto(`/rounds/${roundId}/compilation`);
    await page.getByRole('heading', { level: 1, name: 'Sammanställning' }).waitFor();
    const exports = page.getByRole('group', { name: 'Ladda ner sammanställningen:' });
    await expectAccessible(page);
    const fetchFile = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exports.getByRole('button', { name, exact: true }).click(),
      ]);
      return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
    };

    const excel = await fetchFile('Excel');
    expect(excel.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excel.body as unknown as ArrayBuffer);
    // an info sheet, then one sheet per section; the questions' codes are in them
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    const codes: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => codes.push(String((row.values as unknown[])[1] ?? ''))),
    );
    expect(codes).toContain('BED-05');

    const pdf = await fetchFile('PDF-rapport');
    expect(pdf.name).toMatch(/\.pdf$/);
    const parser = new PDFParse({ data: new Uint8Array(pdf.body) });
    try {
      const { text } = await parser.getText();
      expect(text).toContain('Öppna jämförelser 2025');
      expect(text).toContain('BED-05');
    } finally {
      await parser.destroy();
    }
    await expectAccessible(page);
    await context.close();
  });

  it('works at 320 px: the matrix scrolls inside its own box, the page does not', async () => {
    const roundId = await round2025();
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto(`/rounds/${roundId}/compilation`);
    await page.getByRole('heading', { level: 1, name: 'Sammanställning' }).waitFor();
    await rows(page).first().waitFor();
    const widths = await page.evaluate(() => {
      const scroller = document.querySelector('[data-testid="compilation-matrix"]')!.parentElement!;
      return {
        page: document.documentElement.scrollWidth,
        box: scroller.clientWidth,
        table: scroller.scrollWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.table).toBeGreaterThan(widths.box);
    await expectAccessible(page);

    await rows(page).first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /SAM-01/ }).waitFor();
    await page.getByTestId('distribution-chart').getByRole('button', { name: 'Visa som tabell' }).click();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expectAccessible(page);
    await context.close();
  });
});
