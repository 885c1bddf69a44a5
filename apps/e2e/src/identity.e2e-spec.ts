import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

describe('sign up, sign out, sign in, language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a new user signs up, signs out and signs in again', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Skapa konto' }).click();
    await page.getByRole('heading', { name: 'Skapa konto' }).waitFor();
    const email = `e2e-${Date.now()}@example.se`;
    // Client-side validation with the shared rules: a short password is explained, nothing is sent.
    await page.getByLabel('Namn').fill('Eva Ek');
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill('kort');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByText('Lösenordet måste ha minst 10 tecken.').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Lösenord').fill('ett tillräckligt långt lösenord');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    await page.getByText('Du är inte med i något nätverk ännu', { exact: false }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, email, 'ett tillräckligt långt lösenord');
    // A reload keeps the session (the refresh token restores it).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    await context.close();
  });

  it('wrong password is refused with a message', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-postadress').fill('samordnare@demo.samrad.se');
    await page.getByLabel('Lösenord').fill('inte rätt lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').getByText('Fel e-postadress eller lösenord.').waitFor();
    await context.close();
  });

  it('switches language between Swedish, Danish and English', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sign-in');
    const language = page.getByLabel('Språk');
    await language.selectOption('da');
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
