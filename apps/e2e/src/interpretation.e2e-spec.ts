import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO, expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

const editor = (slug: string) => `handlaggare.${slug}@demo.samrad.se`;
const head = (slug: string) => `chef.${slug}@demo.samrad.se`;

/** A GraphQL call as a demo user, for the parts of the story that happen off-screen. */
async function api(email: string, query: string, variables: Record<string, unknown> = {}) {
  const call = async (q: string, v: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: q, variables: v }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await call(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    { e: email, p: DEMO.password },
  );
  return call(query, variables, login.accessToken);
}

/** Marks the page so a later check can prove it was never reloaded. */
const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

const SET_PHASE = `mutation($id: ID!, $phase: RoundPhase!) { setRoundPhase(roundId: $id, phase: $phase) { id } }`;

/**
 * The demo's 2026 round is past interpretation (answered, in DISCUSSION): a round of its own on the same
 * national 2026 set in the demo network, moved on to INTERPRETATION, as a network would start its next one.
 */
async function interpretationRound() {
  const { networks } = await api(
    DEMO.coordinator,
    `{ networks { id name rounds { title indicatorSet { id } } } }`,
  );
  type Listed = { id: string; name: string; rounds: { title: string; indicatorSet: { id: string } }[] };
  const network = (networks as Listed[]).find((n) => n.name === 'FoU Nordväst (demo)')!;
  const set = network.rounds.find((r) => r.title === 'Öppna jämförelser 2026')!.indicatorSet;
  const { createRound } = await api(
    DEMO.coordinator,
    `mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`,
    { input: { networkId: network.id, indicatorSetId: set.id, title: `Tolkning ${Date.now()}` } },
  );
  await api(DEMO.coordinator, SET_PHASE, { id: createRound.id, phase: 'INTERPRETATION' });
  return { id: createRound.id as string, networkId: network.id };
}

describe('joint interpretation: two municipalities and the coordinator agree, live', () => {
  let browser: Browser;
  let round: { id: string; networkId: string };
  beforeAll(async () => {
    browser = await launchBrowser();
    round = await interpretationRound();
  });
  afterAll(async () => {
    // the round ends, so that the demo's heads and editors have nothing left to do in it
    for (const phase of ['ANSWERING', 'COMPILATION', 'DISCUSSION', 'GOAL_SETTING', 'CLOSED'])
      await api(DEMO.coordinator, SET_PHASE, { id: round.id, phase }).catch(() => undefined);
    await browser.close();
  });

  it('a proposal, positions and the recorded outcome appear on every open page without reload', async () => {
    const { network } = await api(
      DEMO.coordinator,
      `query($id: ID!) { network(id: $id) { municipalities { id name } } }`,
      { id: round.networkId },
    );
    const municipalities = new Map<string, string>(
      network.municipalities.map((m: { id: string; name: string }) => [m.name, m.id]),
    );
    const url = `/rounds/${round.id}/interpretations`;

    const open = async (email: string) => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, email, DEMO.password);
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Gemensam tolkning' }).waitFor();
      await mark(page);
      return { context, page };
    };
    const ekero = await open(editor('ekero'));
    const jarfalla = await open(editor('jarfalla'));
    const coordinator = await open(DEMO.coordinator);
    const question = (page: Page) => page.getByTestId('question-KOM-01');

    await expect(coordinator.page.getByTestId('interpretation-progress').textContent()).resolves.toMatch(
      /^0 av 40 /,
    );
    await expectAccessible(coordinator.page);

    // Ekerö proposes; the others see it arrive
    const text = 'Med brukarundersökning avses en enkät till alla som haft insats under året.';
    await question(ekero.page).getByText('Föreslå en tolkning').click();
    await question(ekero.page).getByLabel('Tolkning').fill(text);
    await question(ekero.page).getByRole('button', { name: 'Skicka förslaget' }).click();
    for (const { page } of [jarfalla, coordinator])
      await question(page).locator('p').filter({ hasText: text }).waitFor();

    // three other municipalities agree elsewhere (off-screen); every page's tally follows
    const { round: live } = await api(
      DEMO.coordinator,
      `query($id: ID!) { round(id: $id) { interpretations { id text } } }`,
      { id: round.id },
    );
    const proposalId = live.interpretations.find((p: { text: string }) => p.text === text).id;
    for (const [slug, name] of [
      ['sigtuna', 'Sigtuna'],
      ['sollentuna', 'Sollentuna'],
      ['solna', 'Solna'],
    ])
      await api(head(slug), `mutation($input: CastPositionInput!) { castPosition(input: $input) { id } }`, {
        input: { proposalId, municipalityId: municipalities.get(name), stance: 'AGREE' },
      });
    for (const { page } of [ekero, jarfalla, coordinator])
      await question(page).getByTestId('tally').filter({ hasText: '3 instämmer' }).waitFor();

    // Ekerö and Järfälla take their positions in the browser
    for (const { page } of [ekero, jarfalla]) {
      await question(page).getByRole('radio', { name: 'Instämmer' }).check();
      await question(page).getByRole('button', { name: 'Spara ställningstagandet' }).click();
      await question(page).getByText('Ställningstagandet är sparat.').waitFor();
    }
    await question(coordinator.page)
      .getByTestId('tally')
      .filter({
        hasText:
          '5 instämmer · 0 avstår · 0 invänder · 0 blockerar · 3 har inte svarat (av 8 kommuner) · uppfyller regeln',
      })
      .waitFor();

    // the coordinator records the outcome, rewording it, with a review date
    const outcome = 'Brukarundersökning = enkät till alla med insats under året, minst en gång per år.';
    await question(coordinator.page).getByRole('button', { name: 'Registrera utfall' }).click();
    const dialog = coordinator.page.getByRole('dialog', { name: 'Registrera utfallet' });
    await dialog.getByLabel('Utfall (kan formuleras om)').fill(outcome);
    await dialog.getByLabel('Ses över senast (valfritt)').fill('2027-09-30');
    await expectAccessible(coordinator.page);
    await dialog.getByRole('button', { name: 'Registrera' }).click();

    for (const { page } of [ekero, jarfalla, coordinator]) {
      await question(page).getByTestId('agreed').filter({ hasText: outcome }).waitFor();
      await page
        .getByTestId('interpretation-progress')
        .filter({ hasText: /^1 av 40 / })
        .waitFor();
      expect(await notReloaded(page)).toBe(true);
    }
    await expect(question(ekero.page).getByTestId('agreed').textContent()).resolves.toContain(
      'ses över senast 2027-09-30',
    );

    // the filter hides it; the printable list has it
    await ekero.page.getByLabel('Visa bara frågor utan överenskommen tolkning').check();
    expect(await question(ekero.page).count()).toBe(0);
    await coordinator.page
      .getByRole('link', { name: 'Utskriftsvänlig lista över överenskomna tolkningar' })
      .click();
    await coordinator.page.getByRole('heading', { level: 1, name: /Överenskomna tolkningar/ }).waitFor();
    await coordinator.page.getByText(outcome).waitFor();
    await expectAccessible(coordinator.page);

    for (const { context } of [ekero, jarfalla, coordinator]) await context.close();
  }, 150_000);

  it('shows last year’s agreed reading and lets the coordinator re-confirm it in one step', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto(`/rounds/${round.id}/interpretations`);
    const sam01 = page.getByTestId('question-SAM-01');
    await sam01
      .getByTestId('carried')
      .filter({ hasText: 'Överenskommen 2025 — ses över senast 2026-09' })
      .waitFor();
    await sam01.getByRole('button', { name: 'Bekräfta igen' }).click();
    await sam01.getByTestId('agreed').filter({ hasText: 'Bekräftad på nytt från förra året' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the coordinator chooses the network’s rule on the network page; the round shows it', async () => {
    const network = { id: round.networkId };
    const ruleOf = async () =>
      (await api(DEMO.coordinator, `query($id: ID!) { round(id: $id) { consensusRule } }`, { id: round.id }))
        .round.consensusRule;
    expect(await ruleOf()).toBe('MAJORITY');

    // a head sees the rule, without a way to change it
    const headContext = await newContext(browser);
    const headPage = await headContext.newPage();
    await signIn(headPage, head('solna'), DEMO.password);
    await headPage.goto(`/networks/${network.id}`);
    await headPage.getByTestId('consensus-rule').filter({ hasText: 'Regel: majoritet' }).waitFor();
    expect(await headPage.getByRole('radio', { name: /^Enighet/ }).count()).toBe(0);
    await headContext.close();

    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, DEMO.coordinator, DEMO.password);
      await page.goto(`/networks/${network.id}`);
      const section = page.getByRole('region', { name: 'Hur nätverket kommer överens' });
      await section.getByTestId('consensus-rule').filter({ hasText: 'Regel: majoritet' }).waitFor();
      await section.getByRole('radio', { name: /^Enighet/ }).check();
      await section.getByRole('button', { name: 'Spara regeln' }).click();
      await section.getByText('Regeln är sparad.').waitFor();
      await section.getByTestId('consensus-rule').filter({ hasText: 'Regel: enighet' }).waitFor();
      await expectAccessible(page);
      expect(await ruleOf()).toBe('UNANIMITY');
      await page.goto(`/rounds/${round.id}`);
      await page.getByTestId('round-interpretation-progress').filter({ hasText: 'Regel: enighet' }).waitFor();
    } finally {
      // the demo's rule again, for whatever runs next
      await api(
        DEMO.coordinator,
        `mutation($id: ID!) { setConsensusRule(networkId: $id, rule: MAJORITY) { id } }`,
        { id: network.id },
      );
      await context.close();
    }
  });
});
