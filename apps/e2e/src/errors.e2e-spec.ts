import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext } from './browser.js';

/** Errors reach the user in their language: the contract's code/reason, never the server's English. */
describe('error texts in the user language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function signUp(page: Page, name: string) {
    await page.goto('/sign-up');
    await page.getByLabel('Namn').fill(name);
    await page.getByLabel('E-postadress').fill(`fel-${Date.now()}@example.se`);
    await page.getByLabel('Lösenord').fill('ett tillräckligt långt lösenord');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
  }

  it('a Swedish user gets Swedish texts for a FORBIDDEN and a CONFLICT', async () => {
    const context = await newContext(browser, 'sv-SE');
    const page = await context.newPage();
    await signUp(page, 'Frida Fel');

    // Someone who coordinates no network may not import: the import page says so, in Swedish, with a way back.
    await page.goto('/catalogue/import');
    await page.getByRole('heading', { level: 1, name: 'Ingen åtkomst' }).waitFor();
    await page.getByText('Du har inte tillgång till den här sidan.').waitFor();
    await page.getByRole('link', { name: 'Tillbaka till Att göra' }).waitFor();
    expect(await page.getByText(/coordinators|permission/i).count()).toBe(0);
    await expectAccessible(page);

    // CONFLICT (LAST_COORDINATOR): the only coordinator of a network cannot remove their own role.
    await page.goto('/networks/new');
    await page.getByLabel('Nätverkets namn').fill(`Felnätverk ${Date.now()}`);
    await page.getByRole('button', { name: 'Skapa nätverk' }).click();
    await page.getByRole('heading', { level: 2, name: /Medlemmar/ }).waitFor();
    await page.getByRole('button', { name: 'Ta bort Frida Fel' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, ta bort rollen' }).click();
    await page.getByRole('status').getByText('Nätverket måste ha minst en samordnare kvar.').waitFor();
    expect(await page.getByText(/coordinator/i).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});
