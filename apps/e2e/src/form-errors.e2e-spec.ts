import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

/**
 * WCAG 3.3.1 beyond sign-up: a field with an error is aria-invalid and described by its error
 * text (which the screen reader reads with the field), and gets focus after the refused submit.
 */
async function expectInvalid(page: Page, label: string, error: string) {
  const field = page.getByLabel(label, { exact: true });
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const descriptions = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(descriptions).toContain(error);
}

const isFocused = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((element) => element === document.activeElement);

/** A spreadsheet a Swedish coordinator might make: Swedish answer types, one unknown, a repeated code. */
async function brokenWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Indikatorer');
  sheet.addRow(['code', 'text', 'answerType', 'nationalReference']);
  sheet.addRow(['FE-01', 'Finns en rutin?', 'Ja/nej', 64]);
  sheet.addRow(['FE-02', 'Antal', 'SIFFRA', null]);
  sheet.addRow(['FE-01', 'Dubblett', 'ja/nej', 'mycket']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('form errors: on the field, in the reader’s language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('sign-in, a new network and the import wizard mark the field that is wrong', async () => {
    const context = await newContext(browser, 'sv-SE');
    const page = await context.newPage();

    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expectInvalid(page, 'E-postadress', 'Ange en giltig e-postadress.');
    await expectInvalid(page, 'Lösenord', 'Ange ditt lösenord.');
    expect(await isFocused(page, 'E-postadress')).toBe(true);
    await expectAccessible(page);

    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto('/networks/new');
    await page.getByRole('heading', { level: 1, name: 'Skapa nätverk' }).waitFor();
    await page.getByRole('button', { name: 'Skapa nätverk' }).click();
    await expectInvalid(page, 'Nätverkets namn', 'Ange ett namn på nätverket.');
    expect(await isFocused(page, 'Nätverkets namn')).toBe(true);
    // A field that is fine says nothing of errors.
    expect(await page.getByLabel('Beskrivning', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page);

    await page.goto('/catalogue/import');
    await page.getByRole('heading', { level: 1, name: 'Importera indikatoruppsättning' }).waitFor();
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();
    await expectInvalid(page, 'Fil (JSON, CSV eller Excel)', 'Välj en fil.');
    await expectAccessible(page);

    // The Kolada page: its files and the set's own fields, all marked at once.
    await page.goto('/catalogue/import/kolada');
    await page.getByRole('heading', { level: 1, name: 'Importera från Kolada' }).waitFor();
    await page.getByRole('button', { name: 'Ladda upp och importera' }).click();
    await expectInvalid(
      page,
      'Nyckel (t.ex. oj-missbruk)',
      'Ange en nyckel av bokstäver, siffror och . _ - (t.ex. oj-missbruk).',
    );
    await expectInvalid(page, 'Titel', 'Ange uppsättningens titel.');
    await expectInvalid(
      page,
      'Beskrivningen av nyckeltalen (filen från Koladas /kpi)',
      'Välj filen som beskriver nyckeltalen.',
    );
    expect(await isFocused(page, 'Nyckel (t.ex. oj-missbruk)')).toBe(true);
    await expectAccessible(page);
    await context.close();
  });

  it('a Swedish user sees Swedish errors for a refused import, never the server’s English', async () => {
    const context = await newContext(browser, 'sv-SE');
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto('/catalogue/import');
    await page.getByRole('heading', { level: 1, name: 'Importera indikatoruppsättning' }).waitFor();
    const file = page.getByLabel('Fil (JSON, CSV eller Excel)', { exact: true });

    // A whole file refused (an old .xls): the reason, in Swedish.
    await file.setInputFiles({
      name: 'enkat.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(200, 1)]),
    });
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();
    await page
      .getByRole('alert')
      .getByText(
        'Gamla Excel-filer (.xls) kan inte läsas. Spara filen som Excel-arbetsbok (.xlsx) och försök igen.',
      )
      .waitFor();
    expect(await page.getByText(/cannot be read|save the file/i).count()).toBe(0);
    await expectAccessible(page);

    // Rows refused: every problem worded from its code, with what the file had.
    await page.getByLabel('Titel', { exact: true }).fill('Felövning');
    await page.getByLabel('Område', { exact: true }).fill('Övning');
    await page.getByLabel('Nyckel (t.ex. oj-missbruk)', { exact: true }).fill(`fel-${Date.now()}`);
    await file.setInputFiles({
      name: 'trasig.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await brokenWorkbook(),
    });
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();
    const problems = page.getByRole('table', { name: 'Fel per rad och kolumn' });
    await problems.waitFor();
    expect(await problems.locator('tbody tr td:last-child').allTextContents()).toEqual([
      'Måste vara något av YES_NO, CHOICE, NUMBER, PERCENT, TEXT (eller ett ord från formathjälpen). I filen: ”SIFFRA”.',
      'Koden används två gånger (även på rad 2). I filen: ”FE-01”.',
      'Måste vara ett tal. I filen: ”mycket”.',
    ]);
    expect(await page.getByText(/must be|is used twice/i).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});
