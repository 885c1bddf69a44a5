import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, gql, launchBrowser, newContext, signIn } from './browser.js';

/** Issue 16: a goal from a compilation question, two heads commit, one reports AT_RISK, a dashboard follows live. */
const head = (slug: string) => `chef.${slug}@demo.samrad.se`;

async function token(email: string): Promise<string> {
  const { login } = await gql(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    { e: email, p: DEMO.password },
  );
  return login.accessToken;
}

/** Marks the page so a later check can prove it was never reloaded. */
const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

describe('development goals: from a question to commitments, progress and the dashboard, live', () => {
  let browser: Browser;
  let coordinatorToken: string;
  let round: { id: string; version: number } | undefined;
  let networkId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    coordinatorToken = await token(DEMO.coordinator);
    const { networks } = await gql(
      `{ networks { id rounds { id title phase version } } }`,
      {},
      coordinatorToken,
    );
    const found = networks
      .flatMap((n: { id: string; rounds: object[] }) => n.rounds.map((r) => ({ ...r, networkId: n.id })))
      .find((r: { title: string }) => r.title === 'Öppna jämförelser 2025');
    networkId = found.networkId;
    // The demo's 2025 round is closed; goals are set in goal setting: the coordinator reopens it (one step back).
    const { setRoundPhase } = await gql(
      `mutation($id: ID!, $v: Int) { setRoundPhase(roundId: $id, phase: GOAL_SETTING, reason: "Mål ur resultaten", expectedVersion: $v) { id version } }`,
      { id: found.id, v: found.version },
      coordinatorToken,
    );
    round = setRoundPhase;
  });
  afterAll(async () => {
    // leave the demo as other specs expect it: the default follow-up interval, 2025 closed
    if (networkId)
      await gql(
        `mutation($id: ID!) { updateNetwork(id: $id, input: { followUpIntervalDays: 90 }) { id } }`,
        { id: networkId },
        coordinatorToken,
      ).catch(() => undefined);
    if (round)
      await gql(
        `mutation($id: ID!) { setRoundPhase(roundId: $id, phase: CLOSED) { id } }`,
        { id: round.id },
        coordinatorToken,
      ).catch(() => undefined);
    await browser.close();
  });

  it('the coordinator creates a goal from a question; two heads commit; one reports AT_RISK; the other’s dashboard shows it without reload', async () => {
    // The coordinator opens a question of the compilation and starts a goal from it.
    const roundId = round!.id;
    const steps: string[] = [];
    const step = (name: string) => steps.push(name);
    try {
      const coordinatorContext = await newContext(browser);
      const coordinator = await coordinatorContext.newPage();
      await signIn(coordinator, DEMO.coordinator, DEMO.password);
      await coordinator.goto(`/rounds/${roundId}/compilation`);
      await coordinator.getByRole('heading', { level: 1, name: 'Sammanställning' }).waitFor();
      await coordinator.getByLabel('Sök frågor').fill('BED-05');
      await coordinator.getByTestId('matrix-count').filter({ hasText: 'Visar 1 av 39 frågor' }).waitFor();
      await coordinator
        .getByTestId('compilation-matrix')
        .locator('tbody tr')
        .first()
        .getByRole('link')
        .click();
      await coordinator.getByRole('heading', { level: 1, name: /BED-05/ }).waitFor();
      const create = coordinator.getByRole('link', { name: 'Skapa ett mål från frågan' });
      await create.waitFor();
      await expectAccessible(coordinator);
      step('form');
      await create.click();

      await coordinator.getByRole('heading', { level: 1, name: 'Skapa ett utvecklingsmål' }).waitFor();
      // the round is the baseline and the question is linked, prefilled
      await expect(coordinator.getByLabel('Utgångsläge (omgång)').inputValue()).resolves.toBe(roundId);
      await expect(coordinator.getByTestId('picked-indicators').textContent()).resolves.toMatch(/BED-05/);
      await expectAccessible(coordinator);
      // an empty title is refused in words, on the field
      await coordinator.getByRole('button', { name: 'Skapa mål' }).click();
      await coordinator.getByText('Ge målet en rubrik (högst 200 tecken).').waitFor();
      await expect(coordinator.getByLabel('Mål', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      const title = `Fler får insatsen i tid ${Date.now().toString(36)}`;
      await coordinator.getByLabel('Mål', { exact: true }).fill(title);
      await coordinator.getByLabel('Målnivå').fill('Alla kommuner över rikets nivå');
      const due = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
      await coordinator.getByLabel('Slutdatum').fill(due);
      await coordinator.getByRole('button', { name: 'Skapa mål' }).click();
      await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
      step('goal page');
      const goalId = /\/goals\/([0-9a-f-]{36})/.exec(coordinator.url())![1];
      // the chart of the linked indicator (ECharts, lazily) with its table alternative
      const chart = coordinator.getByTestId('follow-up-chart-BED-05');
      await chart.getByRole('img').locator('svg').waitFor();
      await chart.getByRole('button', { name: 'Visa som tabell' }).click();
      await chart.getByRole('table').waitFor();
      await expectAccessible(coordinator);
      step('activate');
      // the coordinator activates it
      await coordinator.getByLabel('Ny status').selectOption('ACTIVE');
      await coordinator.getByRole('button', { name: 'Ändra status' }).click();
      await coordinator.getByText('Målet är nu: Aktivt.').waitFor();

      // Two heads commit their municipalities, each with a plan.
      const commit = async (slug: string, plan: string) => {
        const context = await newContext(browser);
        const page = await context.newPage();
        await signIn(page, head(slug), DEMO.password);
        await page.goto(`/goals/${goalId}`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await expectAccessible(page);
        await page.getByLabel('Vår plan').fill(plan);
        await page.getByRole('button', { name: 'Åta oss målet' }).click();
        await page.getByText('Kommunen har åtagit sig målet.').waitFor();
        await page
          .getByTestId('my-commitment')
          .filter({ hasText: 'Er kommun har åtagit sig målet.' })
          .waitFor();
        await expectAccessible(page);
        return { context, page };
      };
      step('commit');
      const jarfalla = await commit('jarfalla', 'Utbilda all ny personal under våren.');
      const ekero = await commit('ekero', 'Ny rutin för uppföljning.');

      step('home');
      // Ekerö's home asks for a first progress report on the goal, and leads to it.
      await ekero.page.goto('/');
      const work = ekero.page.locator('li[data-kind="PROGRESS_TO_REPORT"]').filter({ hasText: title });
      await work.getByText('Ekerö: rapportera hur arbetet med målet går').waitFor();
      await expect(work.getByRole('link', { name: title }).getAttribute('href')).resolves.toBe(
        `/goals/${goalId}`,
      );
      await expectAccessible(ekero.page);

      step('dashboard');
      // Ekerö's head opens the dashboard from the navigation: the goal is there, nobody has reported yet.
      await ekero.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Mina mål' })
        .click();
      await ekero.page.getByRole('heading', { level: 1, name: 'Mina mål' }).waitFor();
      const card = ekero.page.getByTestId(`dashboard-goal-${goalId}`);
      await card.getByTestId('network-standing').filter({ hasText: '2 utan rapport' }).waitFor();
      await expect(card.getByTestId('our-status').textContent()).resolves.toMatch(/Ingen rapport ännu/);
      await card.getByTestId('trend-BED-05').waitFor();
      await ekero.page.locator('header [role="status"][data-state="online"]').waitFor();
      await mark(ekero.page);
      await expectAccessible(ekero.page);

      step('report');
      // Järfälla reports AT_RISK on the goal page (keyboard: the status is a radio group).
      const report = jarfalla.page.getByTestId('report-progress');
      await report.getByLabel('I riskzonen').check();
      await report.getByLabel('Kommentar').fill('Svårt att rekrytera under hösten.');
      await report.getByLabel('Värde (frivilligt)').fill('42,5');
      await report.getByRole('button', { name: 'Rapportera' }).click();
      await jarfalla.page.getByText('Framsteg rapporterat: I riskzonen.').waitFor();
      await jarfalla.page.getByTestId('timeline').getByText('Svårt att rekrytera under hösten.').waitFor();
      await expectAccessible(jarfalla.page);

      step('live');
      // Ekerö's dashboard shows it without reload: shape and word, not colour alone.
      await card
        .getByTestId('network-standing')
        .filter({ hasText: '1 i riskzonen, 1 utan rapport' })
        .waitFor();
      expect(await notReloaded(ekero.page)).toBe(true);
      await expectAccessible(ekero.page);

      step('coordinator live');
      // The coordinator's goal page followed too.
      await coordinator
        .getByTestId('commitments-table')
        .getByTestId('commitment-Järfälla')
        .filter({ hasText: 'I riskzonen' })
        .waitFor();
      await expectAccessible(coordinator);

      step('follow-up interval');
      // On the network page the coordinator sets how often progress is reported; a wrong value is refused on the field.
      await coordinator.goto(`/networks/${networkId}`);
      const interval = coordinator.getByRole('region', { name: 'Uppföljning av framsteg' });
      await interval.getByTestId('follow-up-interval').filter({ hasText: 'var 90:e dag' }).waitFor();
      const days = interval.getByLabel('Dagar mellan framstegsrapporter');
      await days.fill('5');
      await interval.getByRole('button', { name: 'Spara intervall' }).click();
      await interval.getByText('Ange ett helt antal dagar från 7 till 730.').waitFor();
      await expect(days.getAttribute('aria-invalid')).resolves.toBe('true');
      await expectAccessible(coordinator);
      await days.fill('30');
      await interval.getByRole('button', { name: 'Spara intervall' }).click();
      await interval.getByText('Framsteg rapporteras nu var 30:e dag.').waitFor();
      await interval.getByTestId('follow-up-interval').filter({ hasText: 'var 30:e dag' }).waitFor();
      await expectAccessible(coordinator);

      for (const context of [coordinatorContext, jarfalla.context, ekero.context]) await context.close();
    } catch (failure) {
      throw new Error(`after step "${steps.at(-1)}": ${String(failure)}`, { cause: failure });
    }
  }, 600_000);
});
