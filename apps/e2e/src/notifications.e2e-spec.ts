import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, gql, launchBrowser, newContext, signIn } from './browser.js';

/**
 * Issue 17: the bell counts a mention live and its permalink opens the comment; the notifications page, the
 * settings and the unsubscribe page.
 */
const EDITOR = 'handlaggare.upplands-bro@demo.samrad.se';

async function login(email: string): Promise<{ token: string; id: string }> {
  const { login } = await gql(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }`,
    { e: email, p: DEMO.password },
  );
  return { token: login.accessToken, id: login.user.id };
}

describe('notifications: the bell, the list and the settings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a mention counts up the bell live and is announced; the page lists it, marks it read and its permalink opens the comment', async () => {
    const coordinator = await login(DEMO.coordinator);
    const editor = await login(EDITOR);
    const { networks } = await gql(`{ networks { id name } }`, {}, editor.token);
    const networkId = networks[0].id as string;

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EDITOR, DEMO.password);
    const bell = page.getByTestId('notification-bell');
    await bell.waitFor();
    const before = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? 0);
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    const { postComment } = await gql(
      `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`,
      {
        input: {
          subjectType: 'NETWORK',
          subjectId: networkId,
          threadTitle: 'Inför mötet',
          body: `Kan du titta på det här, @[Handläggare](user:${editor.id})?`,
        },
      },
      coordinator.token,
    );
    await page
      .getByTestId('notification-count')
      .filter({ hasText: String(before + 1) })
      .waitFor();
    await page.getByTestId('announcer').filter({ hasText: 'Ny notis: du nämndes i ”Inför mötet”' }).waitFor();
    expect(await bell.getAttribute('aria-label')).toBe(
      before + 1 === 1 ? 'Notiser: 1 oläst' : `Notiser: ${before + 1} olästa`,
    );
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    // keyboard: the bell is a link to the page
    await bell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Notiser' }).waitFor();
    const item = page
      .getByTestId('notification-list')
      .getByRole('link', { name: /nämnde dig i ”Inför mötet”/ });
    await item.first().waitFor();
    expect(await item.first().getAttribute('href')).toBe(`/comments/${postComment.id}`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await page.getByTestId('notification-count').waitFor({ state: 'detached' });
    expect(await bell.getAttribute('aria-label')).toBe('Notiser: inga olästa');

    // The permalink leads to the comment beside its subject (the network page), highlighted and focused.
    await item.first().click();
    await page.waitForURL(new RegExp(`/networks/${networkId}#comment-${postComment.id}$`));
    const anchor = `comment-${postComment.id}`;
    const target = page.locator(`[id="${anchor}"]`);
    await target.waitFor();
    expect(await target.getAttribute('class')).toMatch(/highlighted/);
    await page.waitForFunction((id) => document.activeElement?.id === id, anchor);
    expect(await target.textContent()).toContain('Kan du titta på det här');
    await context.close();
  });

  it('the settings choose a channel per kind; the unsubscribe page works signed out and refuses a forged link', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EDITOR, DEMO.password);
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    const replies = page.getByRole('group', { name: 'Svar i trådar jag följer' });
    await replies.getByRole('radio', { name: 'I appen och via e-post' }).check();
    await page.getByRole('status').filter({ hasText: 'Sparat: Svar i trådar jag följer' }).waitFor();
    await expectAccessible(page);
    await replies.getByRole('radio', { name: 'I appen', exact: true }).check();
    await page
      .getByRole('status')
      .filter({ hasText: 'Sparat: Svar i trådar jag följer – I appen' })
      .waitFor();
    await context.close();

    const signedOut = await newContext(browser);
    const visitor = await signedOut.newPage();
    const forged = `00000000-0000-4000-8000-000000000000.MENTION.${'A'.repeat(43)}`;
    await visitor.goto(`/unsubscribe?token=${encodeURIComponent(forged)}`);
    await visitor.getByRole('heading', { level: 1, name: 'Sluta få e-post' }).waitFor();
    await expectAccessible(visitor);
    await visitor.getByRole('button', { name: 'Sluta skicka e-post' }).click();
    await visitor.getByRole('alert').waitFor();
    await signedOut.close();
  });
});
