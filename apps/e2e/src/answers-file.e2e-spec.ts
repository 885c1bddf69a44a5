import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, gql, launchBrowser, newContext, signIn } from './browser.js';

const EDITOR = 'handlaggare.upplands-bro@demo.samrad.se';

const SET_PHASE = `mutation($id: ID!, $phase: RoundPhase!) { setRoundPhase(roundId: $id, phase: $phase) { id } }`;

/** A round of its own in the demo network, in ANSWERING, so other specs' rounds keep their phases. */
async function answeringRound(coordinator: string) {
  const { networks } = await gql(`{ networks { id name } }`, {}, coordinator);
  const networkId = networks.find((n: { name: string }) => n.name === 'FoU Nordväst (demo)').id;
  const { importIndicatorSet: set } = await gql(
    `mutation($input: ImportIndicatorSetInput!) { importIndicatorSet(input: $input) { id } }`,
    {
      input: {
        networkId,
        key: `svarsfil-${Date.now()}`,
        title: 'Svar från fil',
        area: 'Hemlöshet',
        year: 2026,
        indicators: [
          { code: 'SF-01', text: 'Finns en plan?', answerType: 'YES_NO' },
          { code: 'SF-02', text: 'Antal personer', answerType: 'NUMBER' },
          { code: 'SF-03', text: 'Andel med kontrakt', answerType: 'PERCENT' },
        ],
      },
    },
    coordinator,
  );
  const { createRound } = await gql(
    `mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`,
    { input: { networkId, indicatorSetId: set.id, title: `Svar från fil ${Date.now()}` } },
    coordinator,
  );
  for (const phase of ['INTERPRETATION', 'ANSWERING'])
    await gql(SET_PHASE, { id: createRound.id, phase }, coordinator);
  return createRound.id as string;
}

describe('answers as a file: an editor imports a CSV through the preview and downloads it again', () => {
  let browser: Browser;
  let coordinator: string;
  let roundId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const { login } = await gql(
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
      { email: DEMO.coordinator, password: DEMO.password },
    );
    coordinator = login.accessToken;
    roundId = await answeringRound(coordinator);
  });
  afterAll(async () => {
    // the round ends so that the demo's editor has nothing left to do in it
    for (const phase of ['COMPILATION', 'DISCUSSION', 'GOAL_SETTING', 'CLOSED'])
      await gql(SET_PHASE, { id: roundId, phase }, coordinator).catch(() => undefined);
    await browser.close();
  });

  it('lists every bad row in Swedish, imports the corrected file and offers it back as CSV', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EDITOR, DEMO.password);
    await page.goto(`/rounds/${roundId}`);
    await page.getByRole('heading', { level: 2, name: 'Svar som fil' }).waitFor();
    await page.getByRole('link', { name: 'Importera svar från en fil (CSV eller Excel)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera svar från en fil' }).waitFor();
    await page.getByText('Svar för Upplands-Bro').waitFor();
    await expectAccessible(page);

    const choose = (name: string, text: string) =>
      page.getByLabel('Fil (CSV eller Excel)').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${text}`),
      });
    await choose('fel.csv', 'Kod;Svar;Kommentar\r\nSF-01;kanske;\r\nSF-02;12;\r\nXX-99;3;\r\n');
    await page.getByRole('button', { name: 'Granska filen' }).click();
    await page.getByText('Filen har 2 fel.', { exact: false }).waitFor();
    const problems = page.getByRole('table', { name: 'Fel per rad och kolumn' });
    expect(await problems.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent))).toEqual([
      '2SvarSvara ja eller nej, inte ”kanske”.',
      '4KodIngen fråga i omgången har koden XX-99.',
    ]);
    expect(await page.getByRole('button', { name: 'Importera svaren' }).isDisabled()).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Välj en annan fil' }).click();
    await choose('svar.csv', 'Kod;Svar;Kommentar\r\nSF-01;ja;Antagen 2026\r\nSF-02;12;\r\nSF-03;41,5;\r\n');
    await page.getByRole('button', { name: 'Granska filen' }).click();
    await page.getByText('3 nya svar').waitFor();
    await page.getByText('Inga fel. Svaren kan importeras.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Importera svaren' }).click();
    await page.getByText('Importerat för Upplands-Bro: 3 nya, 0 ersatta, 0 oförändrade.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tillbaka till omgången' }).last().click();
    await page.getByRole('heading', { level: 2, name: 'Svar som fil' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Upplands-Bro som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^samrad-svar-\d+\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('SF-01;Finns en plan?;ja;Antagen 2026');
    expect(csv).toContain('SF-03;Andel med kontrakt;41,5;');
    await expectAccessible(page);
    await context.close();
  });
});
