import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

const HEADER = [
  'code',
  'text',
  'guidance',
  'section',
  'answerType',
  'options',
  'unit',
  'polarity',
  'nationalReference',
];

/** An Excel questionnaire as a coordinator would get it: a header row, one question per row. */
async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Indikatorer');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const GOOD_ROWS = [
  [
    'HS-01',
    'Finns en plan för hemlöshet?',
    'Antagen av nämnden.',
    'Styrning',
    'YES_NO',
    null,
    null,
    'HIGHER_IS_BETTER',
    64,
  ],
  [
    'HS-02',
    'Hur ofta följs planen upp?',
    null,
    'Styrning',
    'CHOICE',
    'Årligen|Vartannat år|Aldrig',
    null,
    'NEUTRAL',
    null,
  ],
  [
    'HS-03',
    'Antal personer i akut hemlöshet',
    null,
    'Omfattning',
    'NUMBER',
    null,
    'personer',
    'LOWER_IS_BETTER',
    null,
  ],
  ['HS-04', 'Andel med eget kontrakt', null, 'Omfattning', 'PERCENT', null, '%', 'HIGHER_IS_BETTER', 41.5],
  ['HS-05', 'Beskriv samverkan med hyresvärdar', null, 'Samverkan', 'TEXT', null, null, null, null],
];

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Fil (JSON, CSV eller Excel)').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

describe('catalogue and rounds: a coordinator imports an Excel file and runs a round', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('imports from Excel (errors first, then a good file) and takes a round through every phase', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.getByRole('link', { name: 'Katalog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Katalog' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Importera', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera indikatoruppsättning' }).waitFor();
    // The set becomes the demo network's own: said in a line while the demo coordinator coordinates
    // only it, chosen in a picker once another spec (networks) has made them coordinator of a second.
    const only = page.getByText('Uppsättningen tillhör FoU Nordväst (demo)', { exact: false });
    const picker = page.getByLabel('Nätverk som uppsättningen tillhör');
    await only.or(picker).waitFor();
    if (await picker.count()) await picker.selectOption({ label: 'FoU Nordväst (demo)' });

    const template = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner en Excel-mall' }).click(),
    ]);
    expect(template[0].suggestedFilename()).toBe('samrad-indikatorer-mall.xlsx');

    const key = `hemloshet-${Date.now()}`;
    await page.getByLabel('Nyckel (t.ex. oj-missbruk)').fill(key);
    await page.getByLabel('Titel').fill('Hemlöshet 2026');
    await page.getByLabel('Område').fill('Hemlöshet');
    await page.getByLabel('År').fill('2026');

    // A file with three mistakes: every one is listed by row and column, nothing is imported.
    const broken = await workbook([
      GOOD_ROWS[0],
      ['HS-02', 'Hur ofta?', null, null, 'CHOICE', null, null, null, null],
      ['HS-03', 'Antal', null, null, 'SIFFRA', null, null, null, null],
      ['HS-01', 'Dubblett', null, null, 'YES_NO', null, null, null, null],
    ]);
    await chooseFile(page, 'trasig.xlsx', broken);
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();
    await page.getByText('Filen har 3 fel.', { exact: false }).waitFor();
    const problems = page.getByRole('table', { name: 'Fel per rad och kolumn' });
    const rows = await problems.locator('tbody tr td:first-child').allTextContents();
    expect(rows).toEqual(['3', '4', '5']);
    expect(await page.getByRole('button', { name: 'Importera', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Välj en annan fil' }).click();
    await chooseFile(page, 'hemloshet.xlsx', await workbook(GOOD_ROWS));
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();
    await page.getByText('Hemlöshet 2026 (2026): 5 frågor.').waitFor();
    await page.getByText('Inga fel hittades.').waitFor();
    // The preview shows the questions as read: code, text, answer type, direction and section.
    const questions = page.getByRole('table', { name: 'De 5 frågorna som de lästes ur filen' });
    expect(await questions.locator('tbody tr').nth(2).locator('td').allTextContents()).toEqual([
      'HS-03',
      'Antal personer i akut hemlöshet',
      'Tal',
      'Lägre är bättre',
      'Omfattning',
    ]);
    // A new key follows no earlier set: nothing to compare.
    expect(await page.getByRole('heading', { name: /^Ändringar sedan/ }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Importen är klar: 5 frågor, version 1.').waitFor();
    await expectAccessible(page);
    const setLink = await page.getByRole('link', { name: 'Visa uppsättningen' }).getAttribute('href');

    // A round on the new set in the demo network, in one step from the import: the form is open
    // with the set already chosen.
    await page
      .getByRole('link', { name: 'Starta en omgång med uppsättningen i FoU Nordväst (demo)' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'FoU Nordväst (demo)' }).waitFor();
    const setSelect = page.getByLabel('Indikatoruppsättning');
    await setSelect
      .locator('option:checked', { hasText: 'Hemlöshet 2026 (2026, v1)' })
      .waitFor({ state: 'attached' });
    await page.getByLabel('Namn på omgången').fill('Hemlöshet 2026');
    await page.getByRole('button', { name: 'Starta omgången' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hemlöshet 2026' }).waitFor();
    const phase = page.getByTestId('current-phase');
    expect(await phase.textContent()).toBe('Utkast');
    await expectAccessible(page);

    // A deadline for the answering phase shows in the timeline.
    await page.getByText('Tidsfrister', { exact: true }).click();
    await page.getByLabel('Besvarande').fill('2030-03-31');
    await page.getByRole('button', { name: 'Spara tidsfrister' }).click();
    await page.getByText('Tidsfristerna är sparade.').waitFor();
    await page.getByRole('list', { name: 'Omgångens faser' }).getByText('2030-03-31').waitFor();

    for (const next of ['Tolkning', 'Besvarande', 'Sammanställning', 'Diskussion', 'Målsättning']) {
      await page.getByRole('button', { name: `Gå vidare till ${next}` }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: `Ja, gå vidare till ${next}` })
        .click();
      await page.getByTestId('current-phase').getByText(next, { exact: true }).waitFor();
      // The current phase shows how many days are left to its deadline.
      if (next === 'Besvarande') await page.getByText(/\d+ dagar kvar/).waitFor();
    }
    // One step back, with a reason that goes into the history; then on to the end.
    await page.getByRole('button', { name: 'Gå tillbaka till Diskussion…' }).click();
    await page.getByLabel('Varför går omgången tillbaka? (syns i historiken)').fill('Ett möte till behövs');
    await page.getByRole('button', { name: 'Gå tillbaka till Diskussion' }).click();
    await page.getByTestId('current-phase').getByText('Diskussion', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Gå vidare till Målsättning' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, gå vidare till Målsättning' }).click();
    await page.getByTestId('current-phase').getByText('Målsättning', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Gå vidare till Avslutad' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, gå vidare till Avslutad' }).click();
    await page.getByTestId('current-phase').getByText('Avslutad', { exact: true }).waitFor();
    await page.getByText('Historik', { exact: true }).click();
    await page.getByText('Ett möte till behövs', { exact: false }).waitFor();
    await expectAccessible(page);

    await page.goto(setLink!);
    await page.getByText('Andel med eget kontrakt').waitFor();
    await context.close();
  });

  it('shows what a new year of a set changes before it is imported', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    const key = `hemloshet-ar-${Date.now()}`;
    const importYear = async (year: string, rows: unknown[][]) => {
      await page.goto('/catalogue/import');
      await page.getByRole('heading', { level: 1, name: 'Importera indikatoruppsättning' }).waitFor();
      await page.getByLabel('Nyckel (t.ex. oj-missbruk)').fill(key);
      await page.getByLabel('Titel').fill(`Hemlöshet ${year}`);
      await page.getByLabel('Område').fill('Hemlöshet');
      await page.getByLabel('År').fill(year);
      await chooseFile(page, `hemloshet-${year}.xlsx`, await workbook(rows));
      await page.getByRole('button', { name: 'Ladda upp och granska' }).click();
      await page.getByText('Inga fel hittades.').waitFor();
    };
    await importYear('2025', GOOD_ROWS);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Importen är klar: 5 frågor, version 1.').waitFor();

    // 2026: HS-01 reworded, HS-03 now a percentage, HS-05 dropped, HS-06 new.
    const next = GOOD_ROWS.slice(0, 4).map((row) => [...row]);
    next[0][1] = 'Finns en antagen plan mot hemlöshet?';
    next[2][4] = 'PERCENT';
    next.push([
      'HS-06',
      'Andel vräkningar som förebyggts',
      null,
      'Omfattning',
      'PERCENT',
      null,
      '%',
      null,
      null,
    ]);
    await importYear('2026', next);
    const changes = page.getByRole('region', { name: `Ändringar sedan Hemlöshet 2025 (2025, version 1)` });
    await changes.getByRole('heading', { name: '1 ny fråga' }).waitFor();
    expect(await changes.getByRole('listitem').allTextContents()).toEqual([
      'HS-06 Andel vräkningar som förebyggts',
      'HS-05 Beskriv samverkan med hyresvärdar',
      'HS-01 ”Finns en plan för hemlöshet?” → ”Finns en antagen plan mot hemlöshet?”',
      'HS-03 ”Tal” → ”Procent”',
    ]);
    await changes.getByRole('heading', { name: '1 fråga med annan svarstyp' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('imports Kolada KPIs from the API answers saved as files', async () => {
    const fixture = (name: string) => ({
      name,
      mimeType: 'application/json',
      buffer: readFileSync(new URL(`../../api/src/catalogue/kolada/fixtures/${name}`, import.meta.url)),
    });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto('/catalogue');
    await page.getByRole('link', { name: 'Importera från Kolada' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera från Kolada' }).waitFor();
    await page.getByLabel('Nyckel (t.ex. oj-missbruk)').fill(`kolada-${Date.now()}`);
    await page.getByLabel('Titel').fill('Kolada: vuxna med missbruk');
    await page.getByLabel('Område').fill('Missbruk och beroende');
    await page.getByLabel('År').fill('2025');
    // In plain words; the test server may not call Kolada, so fetching is not offered.
    await page.getByText('Den här servern får inte hämta från Kolada själv.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Hämta och importera' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Hämta direkt från Kolada' }).count()).toBe(0);
    await page
      .getByLabel('Beskrivningen av nyckeltalen (filen från Koladas /kpi)')
      .setInputFiles(fixture('kpi.json'));
    await page
      .getByLabel('Värdena (en eller flera filer från Koladas /data – ta med alla sidor)')
      .setInputFiles(
        ['data-N17015-page-1.json', 'data-N17015-page-2.json', 'data-N17520-U17007.json'].map(fixture),
      );
    await page.getByRole('button', { name: 'Ladda upp och importera' }).click();
    await page.getByText('Importen är klar: 3 nyckeltal, 7 jämförelsetal, version 1.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Visa uppsättningen' }).click();
    await page.getByText('Jämförelsetal för 3 kommuner').first().click();
    await page.getByRole('cell', { name: 'Järfälla' }).first().waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
