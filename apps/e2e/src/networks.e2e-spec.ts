import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

describe('networks: create, invite, accept', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the demo coordinator invites a member, who accepts in another browser', async () => {
    const coordinator = await newContext(browser);
    const page = await coordinator.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.getByRole('link', { name: 'FoU Nordväst (demo)' }).click();
    await page.getByRole('heading', { level: 1, name: 'FoU Nordväst (demo)' }).waitFor();
    await page.getByRole('table').getByText('Järfälla').first().waitFor();
    await expectAccessible(page);

    const email = `ny.handlaggare.${Date.now()}@example.se`;
    const invite = page.getByRole('region', { name: 'Bjud in' });
    await invite.getByLabel('E-postadress').fill(email);
    await invite.getByLabel('Roll').selectOption('EDITOR');
    await invite.getByLabel('Kommun').selectOption({ label: 'Järfälla' });
    await invite.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const link = await page.getByLabel('Inbjudningslänk (visas bara nu)').inputValue();
    expect(link).toMatch(/\/invitations\/[\w-]+$/);
    await page.getByRole('region', { name: 'Väntande inbjudningar' }).getByText(email).waitFor();
    await expectAccessible(page);

    // The invited person opens the link in their own browser, creates an account and accepts.
    const invited = await newContext(browser);
    const other = await invited.newPage();
    await other.goto(new URL(link).pathname);
    await other.getByText('Logga in eller skapa ett konto', { exact: false }).waitFor();
    await expectAccessible(other);
    await other.getByRole('link', { name: 'Skapa konto' }).click();
    await other.getByLabel('Namn').fill('Nina Ny');
    await other.getByLabel('E-postadress').fill(email);
    await other.getByLabel('Lösenord').fill('ett långt och bra lösenord');
    await other.getByRole('button', { name: 'Skapa konto' }).click();
    await other
      .getByText('bjuder in dig till FoU Nordväst (demo) som Handläggare', { exact: false })
      .waitFor();
    await expectAccessible(other);
    await other.getByRole('button', { name: 'Tacka ja' }).click();
    await other.getByRole('heading', { level: 1, name: 'FoU Nordväst (demo)' }).waitFor();
    await other.getByText('Mina roller: Handläggare (Järfälla)').waitFor();
    // An editor sees no coordinator controls.
    expect(await other.getByRole('region', { name: 'Bjud in' }).count()).toBe(0);

    // Live: without a reload the coordinator sees the new member, and who is looking at the network now.
    await page.getByRole('table').getByText('Nina Ny').waitFor();
    await page.getByText(/Här nu: .*Nina Ny/).waitFor();
    // The pending list is its own query, refreshed by the same event: it may land a moment after the members.
    await page
      .getByRole('region', { name: 'Väntande inbjudningar' })
      .getByText(email)
      .waitFor({ state: 'detached' });
    await invited.close();
    await coordinator.close();
  });

  it('creates a network with the municipality picker (keyboard)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.getByRole('link', { name: 'Skapa nätverk' }).click();
    await page.getByLabel('Nätverkets namn').fill('Nätverk Norr');
    const picker = page.getByRole('combobox', { name: 'Kommuner' });
    await picker.fill('jarf');
    await page.getByRole('option', { name: /Järfälla/ }).waitFor();
    await expectAccessible(page);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await picker.fill('upplands');
    await page.getByRole('option', { name: /Upplands Väsby/ }).click();
    await page.getByRole('list', { name: 'Valda kommuner' }).getByText('Järfälla').waitFor();
    await page.getByRole('button', { name: 'Skapa nätverk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nätverk Norr' }).waitFor();
    await page
      .getByRole('region', { name: /Kommuner/ })
      .getByText('Upplands Väsby')
      .waitFor();

    // Removing a municipality asks in the page's own dialog: cancelling keeps it, confirming removes it.
    const municipalities = page.getByRole('region', { name: /^Kommuner/ });
    await page.getByRole('button', { name: 'Ta bort Upplands Väsby' }).click();
    const removeDialog = page.getByRole('dialog', { name: 'Ta bort Upplands Väsby?' });
    await removeDialog.getByText('Rollerna som hör till kommunen upphör', { exact: false }).waitFor();
    await expectAccessible(page);
    await removeDialog.getByRole('button', { name: 'Avbryt' }).click();
    await removeDialog.waitFor({ state: 'hidden' });
    expect(await municipalities.getByText('Upplands Väsby').count()).toBe(1);
    await page.getByRole('button', { name: 'Ta bort Upplands Väsby' }).click();
    await removeDialog.getByRole('button', { name: 'Ja, ta bort Upplands Väsby' }).click();
    await page.getByText('Upplands Väsby är borttagen ur nätverket.').waitFor();
    // the list follows through the network room's event
    await municipalities
      .getByRole('listitem')
      .filter({ hasText: 'Upplands Väsby' })
      .waitFor({ state: 'detached' });

    // Leaving asks too; the only coordinator is then told why they cannot.
    await page.getByRole('button', { name: 'Lämna nätverket' }).click();
    const leaveDialog = page.getByRole('dialog', { name: 'Lämna Nätverk Norr?' });
    await leaveDialog.getByRole('button', { name: 'Ja, lämna nätverket' }).click();
    await page.getByText('Nätverket måste ha minst en samordnare kvar.').waitFor();
    await leaveDialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: 'Nätverk Norr' }).waitFor();
    await context.close();
  });
});
