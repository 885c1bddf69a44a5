import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
// The web's own hostile corpus: the same strings the unit fuzz uses, here through the real app in Chromium.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { HOSTILE_SAMPLES, hostileMarkdown } from '../../web/src/shared/markdown/hostile-markdown.js';
import { DEMO, expectAccessible, gql, launchBrowser, newContext, signIn } from './browser.js';

/** Issue 17: two members discuss a question live; search and permalinks; hostile markdown stays inert. */
const HEAD = 'chef.jarfalla@demo.samrad.se';

async function login(email: string): Promise<string> {
  const { login } = await gql(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    { e: email, p: DEMO.password },
  );
  return login.accessToken;
}

const post = (token: string, input: Record<string, unknown>) =>
  gql(`mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`, { input }, token).then(
    (d) => d.postComment.id as string,
  );

/** Marks the page so a later check can prove it was never reloaded. */
const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

describe('discussions: a thread beside a question, live between two members', () => {
  let browser: Browser;
  let coordinatorToken: string;
  let headToken: string;
  let networkId: string;
  let roundId: string;
  let indicatorId: string;
  let coordinatorName: string;
  let headName: string;
  let otherNetworkId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    [coordinatorToken, headToken] = await Promise.all([login(DEMO.coordinator), login(HEAD)]);
    const { networks, me } = await gql(
      `{ me { displayName } networks { id rounds { id title indicatorSet { indicators { id } } } } }`,
      {},
      coordinatorToken,
    );
    coordinatorName = me.displayName;
    headName = (await gql(`{ me { displayName } }`, {}, headToken)).me.displayName;
    for (const network of networks)
      for (const round of network.rounds)
        if (round.title === 'Öppna jämförelser 2025') {
          networkId = network.id;
          roundId = round.id;
          indicatorId = round.indicatorSet.indicators[0].id;
        }
    // A network the head is not in: its comments are not found for the head.
    const { createNetwork } = await gql(
      `mutation { createNetwork(input: { name: "Diskussionsprov (e2e)" }) { id } }`,
      {},
      coordinatorToken,
    );
    otherNetworkId = createNetwork.id;
  });
  afterAll(() => browser.close());

  it('one posts with a mention, the other sees it arrive, replies, edits and deletes; search and permalink find it', async () => {
    try {
      await conversation();
    } catch (failure) {
      throw new Error(`after step "${lastStep}": ${String(failure)}`, { cause: failure });
    }
  }, 300_000);

  let lastStep = '';
  async function conversation() {
    const step = (name: string) => (lastStep = name);
    step('open the question');
    const question = `/rounds/${roundId}/compilation/${indicatorId}`;
    const coordinator = await (await newContext(browser)).newPage();
    const head = await (await newContext(browser)).newPage();
    await signIn(coordinator, DEMO.coordinator, DEMO.password);
    await signIn(head, HEAD, DEMO.password);
    for (const page of [coordinator, head]) {
      await page.goto(question);
      await page.getByRole('heading', { level: 2, name: 'Diskussion' }).waitFor();
      await mark(page);
    }

    // The coordinator writes, mentioning the head through the suggestions (keyboard only).
    step('The coordinator writes, mentioning the h');
    const box = coordinator.getByRole('textbox', { name: 'Skriv en kommentar' });
    await box.click();
    await box.pressSequentially(`Hej @${headName.split(' ').at(-1)!.slice(0, 4)}`);
    await coordinator.getByRole('option', { name: headName }).waitFor();
    // Arrow keys move through the suggestions (several members share the municipality's name).
    for (let i = 0; i < 8; i++) {
      const active = coordinator
        .getByRole('listbox', { name: 'Medlemmar att nämna' })
        .getByRole('option', { selected: true });
      if ((await active.textContent()) === headName) break;
      await box.press('ArrowDown');
    }
    expect(await box.getAttribute('aria-activedescendant')).toBe(
      await coordinator.getByRole('option', { name: headName }).getAttribute('id'),
    );
    await box.press('Enter');
    await box.pressSequentially('kommunerna redovisar **olika** här.');
    expect(await box.inputValue()).toMatch(/^Hej @\[.+\]\(user:[0-9a-f-]{36}\) kommunerna/);
    await coordinator.getByRole('tab', { name: 'Förhandsgranska' }).click();
    await coordinator
      .locator('[role="tabpanel"] .mention')
      .filter({ hasText: `@${headName}` })
      .waitFor();
    await coordinator.getByRole('button', { name: 'Kommentera', exact: true }).click();

    // The head sees it arrive without a reload, the mention as a name.
    step('The head sees it arrive without a reload');
    const first = head.getByTestId('comment').filter({ hasText: 'kommunerna redovisar' });
    await first.waitFor();
    expect(await first.locator('strong').filter({ hasText: 'olika' }).count()).toBe(1);
    expect(await first.getByText(`@${headName}`).count()).toBe(1);

    // The head replies; the coordinator sees the reply live.
    step('The head replies; the coordinator sees t');
    await first.getByRole('button', { name: `Svara ${coordinatorName}` }).click();
    await head
      .getByRole('textbox', { name: `Svara ${coordinatorName}` })
      .fill('Vi räknar om till nästa omgång.');
    await head.getByRole('button', { name: 'Skicka svar' }).click();
    const reply = coordinator.getByTestId('comment').filter({ hasText: 'Vi räknar om' });
    await reply.waitFor();

    // The head edits the reply: marked edited on the coordinator's page.
    step('The head edits the reply: marked edited ');
    const ownReply = head.getByRole('article', { name: `Kommentar av ${headName}` });
    await ownReply.getByRole('button', { name: 'Redigera' }).click();
    await head
      .getByRole('textbox', { name: 'Redigera din kommentar' })
      .fill('Vi räknar om före nästa omgång.');
    await head.getByRole('button', { name: 'Spara' }).click();
    await coordinator
      .getByTestId('comment')
      .filter({ hasText: 'före nästa omgång' })
      .getByText('redigerad')
      .waitFor();
    await expectAccessible(head);

    // …and deletes it: "removed" stays in place for both.
    step('…and deletes it: "removed" stays in plac');
    await ownReply.getByRole('button', { name: 'Ta bort' }).click();
    await head.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await head.getByTestId('comment-removed').filter({ hasText: 'Kommentaren är borttagen' }).waitFor();
    await coordinator
      .getByTestId('comment-removed')
      .filter({ hasText: 'Kommentaren är borttagen' })
      .waitFor();
    expect(await coordinator.getByText('före nästa omgång').count()).toBe(0);
    expect(await notReloaded(coordinator)).toBe(true);
    expect(await notReloaded(head)).toBe(true);

    // Search (Swedish stemming: "kommun" finds "kommunerna"), then the hit's permalink.
    step('Search (Swedish stemming: "kommun" finds');
    await head.goto(`/networks/${networkId}`);
    await head.getByRole('link', { name: 'Sök i nätverkets diskussioner' }).click();
    await head.getByRole('heading', { level: 1, name: 'Sök i diskussioner' }).waitFor();
    await head.getByRole('searchbox', { name: 'Sökord' }).fill('kommun');
    await head.getByLabel('Handlar om').selectOption('INDICATOR');
    await head.getByRole('button', { name: 'Sök', exact: true }).click();
    const hit = head.getByTestId('search-hit').first();
    await hit.locator('mark').first().waitFor();
    await expectAccessible(head);
    await hit.getByRole('link').click();
    await head.waitForURL(/\/compilation\/.+#comment-/);
    const anchor = new URL(head.url()).hash.slice(1);
    const target = head.locator(`[id="${anchor}"]`);
    await target.waitFor();
    expect(await target.getAttribute('class')).toMatch(/highlighted/);
    await head.waitForFunction((id) => document.activeElement?.id === id, anchor);
    expect(await target.textContent()).toContain('kommunerna redovisar');

    // Another network's comment: the head gets the not-found page.
    step("Another network's comment: the head gets");
    const foreign = await post(coordinatorToken, {
      subjectType: 'NETWORK',
      subjectId: otherNetworkId,
      body: 'Internt.',
    });
    await head.goto(`/comments/${foreign}`);
    await head.getByRole('heading', { level: 1, name: 'Sidan finns inte.' }).waitFor();
  }

  it('hostile markdown and HTML render inert in Chromium: no script runs, no handler or javascript: URL exists', async () => {
    // The known shapes and a fuzzed sample (fixed seed), control characters left out (the API refuses them).
    const fuzzed = fc.sample(hostileMarkdown, { numRuns: 80, seed: 17 });
    const corpus = [...HOSTILE_SAMPLES, ...fuzzed].map((s) =>
      [...s].filter((c) => (c >= ' ' && c !== '\u007f') || c === '\n' || c === '\t').join(''),
    );
    const bodies: string[] = [];
    for (const piece of corpus) {
      const last = bodies.at(-1);
      if (last !== undefined && last.length + piece.length < 9_000)
        bodies[bodies.length - 1] = `${last}\n\n${piece}`;
      else bodies.push(piece);
    }
    for (const body of bodies)
      await post(coordinatorToken, { subjectType: 'NETWORK', subjectId: otherNetworkId, body });

    const page = await (await newContext(browser)).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto(`/networks/${otherNetworkId}`);
    await page
      .getByTestId('comment')
      .nth(bodies.length - 1)
      .waitFor();
    // Hover and click every rendered element of the bodies: a surviving handler would fire.
    const found = await page.evaluate(() => {
      const panel = document.querySelector('[data-testid="thread-panel"]')!;
      const problems: string[] = [];
      for (const element of panel.querySelectorAll('[class*="markdown"] *')) {
        const tag = element.tagName.toLowerCase();
        if (
          [
            'script',
            'iframe',
            'object',
            'embed',
            'style',
            'form',
            'img',
            'svg',
            'math',
            'base',
            'meta',
          ].includes(tag)
        )
          problems.push(`<${tag}>`);
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          // browsers ignore whitespace and control characters inside a scheme
          const value = [...attribute.value]
            .filter((c) => c > ' ')
            .join('')
            .toLowerCase();
          if (name.startsWith('on') || name === 'style') problems.push(`${tag}[${name}]`);
          if (/^(javascript|data|vbscript):/.test(value)) problems.push(`${tag}[${name}=${attribute.value}]`);
        }
        if (
          tag === 'a' &&
          element.hasAttribute('href') &&
          element.getAttribute('rel') !== 'noopener noreferrer'
        )
          problems.push('a without rel');
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      }
      return problems;
    });
    expect(found).toEqual([]);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
