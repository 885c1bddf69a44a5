import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

describe('the live-connection indicator', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows Live once signed in, Offline without a network, and Live again when it returns', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    const indicator = page.locator('header [role="status"][data-state]');
    await page.locator('header [role="status"][data-state="online"]').waitFor();
    expect(await indicator.textContent()).toBe('Live');
    expect(await indicator.getAttribute('aria-live')).toBe('polite');
    expect(await indicator.getAttribute('title')).toBe('Andras ändringar syns direkt.');
    await expectAccessible(page);

    await context.setOffline(true);
    await page.locator('header [role="status"][data-state="offline"]').waitFor();
    expect(await indicator.textContent()).toBe('Frånkopplad');

    await context.setOffline(false);
    await page.locator('header [role="status"][data-state="online"]').waitFor({ timeout: 20_000 });

    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'To do' }).waitFor();
    expect(await indicator.getAttribute('title')).toBe('Changes by others appear as they happen.');
    // the choice is saved on the shared demo account: give it back its Swedish for the other specs
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    await context.close();
  });

  it('is not shown to someone signed out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    expect(await page.locator('header [role="status"][data-state]').count()).toBe(0);
    await context.close();
  });
});
