import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO, expectAccessible, launchBrowser, newContext, signIn } from './browser.js';

/** Issue 14: answering together — autosave, the conflict dialog, submitting, give-to-get live. */

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A new account (unique per run), so this story does not touch the demo accounts other specs share. */
async function register(name: string) {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\W+/g, '.');
  const email = `${slug}.${Date.now()}@example.se`;
  const data = await gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
    input: { email, password: DEMO.password, displayName: name },
  });
  return { email, name, token: data.register.accessToken as string };
}

/** Its own network (Ekerö, Järfälla) with a round of the demo's national set, moved on to ANSWERING. */
async function answeringRound() {
  const coordinator = await register('Cora Samordnare');
  const {
    municipalities: [ekero],
  } = await gql(`query { municipalities(country: SE, search: "Ekerö") { id name } }`, {}, coordinator.token);
  const {
    municipalities: [jarfalla],
  } = await gql(
    `query { municipalities(country: SE, search: "Järfälla") { id name } }`,
    {},
    coordinator.token,
  );
  const { createNetwork: network } = await gql(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    { input: { name: `Svarsnätverk ${Date.now()}`, municipalityIds: [ekero.id, jarfalla.id] } },
    coordinator.token,
  );
  const { indicatorSets } = await gql(
    `{ indicatorSets { id title year ownerNetwork { id } } }`,
    {},
    coordinator.token,
  );
  const set = indicatorSets.find(
    (s: { year: number; ownerNetwork: unknown }) => s.year === 2026 && !s.ownerNetwork,
  );
  const { createRound: round } = await gql(
    `mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`,
    { input: { networkId: network.id, indicatorSetId: set.id, title: `Svarsomgång ${Date.now()}` } },
    coordinator.token,
  );
  for (const phase of ['INTERPRETATION', 'ANSWERING'])
    await gql(
      `mutation($r: ID!, $p: RoundPhase!) { setRoundPhase(roundId: $r, phase: $p) { id } }`,
      { r: round.id, p: phase },
      coordinator.token,
    );
  const member = async (name: string, municipalityId: string, role = 'EDITOR') => {
    const person = await register(name);
    const invited = await gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { networkId: network.id, email: person.email, role, municipalityId } },
      coordinator.token,
    );
    await gql(
      `mutation($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invited.inviteMember.token },
      person.token,
    );
    return person;
  };
  const { round: questions } = await gql(
    `query($id: ID!) { round(id: $id) { questions { id indicator { code } } } }`,
    { id: round.id },
    coordinator.token,
  );
  const indicator = (code: string) =>
    questions.questions.find((q: { indicator: { code: string } }) => q.indicator.code === code).id as string;
  return {
    roundId: round.id as string,
    networkId: network.id as string,
    ekero,
    jarfalla,
    indicator,
    anna: await member('Anna Ekerö', ekero.id),
    bo: await member('Bo Ekerö', ekero.id),
    jonas: await member('Jonas Järfälla', jarfalla.id),
    helena: await member('Helena Ekerö', ekero.id, 'HEAD'),
    coordinator,
  };
}

const SAVE = `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { id version } }`;

const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

describe('answering: two editors, one answer, and give-to-get live', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the second editor meets the conflict dialog and keeps his own, the first later takes theirs; after submitting, another municipality’s answers arrive live', async () => {
    const story = await answeringRound();
    const { roundId, ekero, jarfalla, indicator, anna, bo, jonas } = story;

    // Järfälla has answered one question and submitted already (off-screen)
    const jarfallaBed05 = await gql(
      SAVE,
      {
        input: {
          roundId,
          municipalityId: jarfalla.id,
          indicatorId: indicator('BED-05'),
          value: { number: 70 },
          comment: 'Från verksamhetssystemet',
          expectedVersion: 0,
        },
      },
      jonas.token,
    );
    await gql(
      `mutation($r: ID!, $m: ID!) { submitAnswers(roundId: $r, municipalityId: $m, partial: true) { id } }`,
      { r: roundId, m: jarfalla.id },
      jonas.token,
    );

    const url = `/rounds/${roundId}/answers/${ekero.id}`;
    const open = async (email: string) => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, email, DEMO.password);
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Svar för Ekerö' }).waitFor();
      await mark(page);
      return { context, page };
    };
    const a = await open(anna.email);
    const b = await open(bo.email);
    const bed05 = (page: Page) => page.getByTestId('answer-BED-05');

    // both see who else works on Ekerö's answers now, and why the others' answers are hidden
    await a.page.getByTestId('co-editors').filter({ hasText: 'Bo Ekerö' }).waitFor();
    await b.page.getByTestId('co-editors').filter({ hasText: 'Anna Ekerö' }).waitFor();
    await a.page
      .getByText('De andra kommunernas svar blir synliga för er när er kommun har skickat in sina svar.')
      .waitFor();
    await expect(a.page.getByTestId('answer-progress').textContent()).resolves.toBe('0 av 40 besvarade');
    expect(await bed05(a.page).getByTestId('others').count()).toBe(0);
    await expectAccessible(a.page);

    // Bo is in the field when Anna saves (with a decimal comma): his entry is not overwritten
    await bed05(b.page).getByLabel('Svar (%)').focus();
    await bed05(a.page).getByLabel('Svar (%)').fill('61,5');
    await bed05(a.page).getByLabel('Svar (%)').blur();
    await bed05(a.page).getByTestId('save-state').filter({ hasText: 'Sparat' }).waitFor();
    await bed05(b.page)
      .getByTestId('remote-change')
      .filter({ hasText: 'Anna Ekerö ändrade svaret' })
      .waitFor();

    // Bo types his own figure: the save meets Anna's, and he is asked
    await bed05(b.page).getByLabel('Svar (%)').fill('64');
    await bed05(b.page).getByLabel('Hur vi räknade (kommentar)').fill('Enligt uppföljningen i oktober');
    const dialog = b.page.getByRole('dialog', { name: 'BED-05: svaret ändrades under tiden' });
    await dialog.waitFor();
    await expect(dialog.getByTestId('conflict-theirs').textContent()).resolves.toContain('61,5 %');
    await expect(dialog.getByTestId('conflict-mine').textContent()).resolves.toContain('64 %');
    await dialog.getByText(/Anna Ekerö sparade svaret/).waitFor();
    await bed05(b.page).getByTestId('save-state').filter({ hasText: 'Någon annan ändrade svaret' }).waitFor();
    await expectAccessible(b.page);
    // Escape closes it without choosing; the question keeps the way back to the choice
    await b.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await bed05(b.page).getByRole('button', { name: 'Välj vilket svar som ska gälla' }).click();
    await dialog.getByRole('button', { name: 'Behåll mitt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await bed05(b.page).getByTestId('save-state').filter({ hasText: 'Sparat' }).waitFor();

    // Anna's form takes Bo's answer in (she is not editing it); the history shows both changes
    await a.page.waitForFunction(
      (id) => (document.getElementById(`answer-${id}`) as HTMLInputElement | null)?.value === '64',
      indicator('BED-05'),
      { timeout: 10_000 },
    );
    await bed05(a.page)
      .getByText(/^Historik \(2 ändringar\)/)
      .click();
    await bed05(a.page).getByText('61,5 % → 64 %').waitFor();
    await bed05(a.page).getByText('inget svar → 61,5 %').waitFor();
    await expectAccessible(a.page);

    // the other way round: Anna is in the comment when Bo changes the figure; she takes his
    await bed05(a.page).getByLabel('Hur vi räknade (kommentar)').focus();
    await bed05(b.page).getByLabel('Svar (%)').fill('66');
    await bed05(b.page).getByLabel('Svar (%)').blur();
    await bed05(b.page).getByTestId('save-state').filter({ hasText: 'Sparat' }).waitFor();
    await bed05(a.page).getByTestId('remote-change').filter({ hasText: 'Bo Ekerö ändrade svaret' }).waitFor();
    await bed05(a.page).getByLabel('Hur vi räknade (kommentar)').fill('Enligt årsrapporten');
    const theirs = a.page.getByRole('dialog', { name: 'BED-05: svaret ändrades under tiden' });
    await theirs.getByRole('button', { name: 'Ta deras' }).click();
    await theirs.waitFor({ state: 'hidden' });
    expect(await bed05(a.page).getByLabel('Svar (%)').inputValue()).toBe('66');
    expect(await bed05(a.page).getByLabel('Hur vi räknade (kommentar)').inputValue()).toBe(
      'Enligt uppföljningen i oktober',
    );

    // Anna submits with questions unanswered: the summary lists them, and it needs a confirmation
    await a.page.getByRole('button', { name: 'Skicka in svaren' }).click();
    const submit = a.page.getByRole('dialog', { name: 'Skicka in svaren?' });
    await submit.getByText('39 av 40 frågor är inte besvarade:').waitFor();
    const confirm = submit.getByRole('button', { name: 'Skicka in med obesvarade frågor' });
    expect(await confirm.isDisabled()).toBe(true);
    await expectAccessible(a.page);
    await submit.getByLabel('Skicka in ändå, med 39 frågor obesvarade').check();
    await confirm.click();
    await a.page.getByTestId('submission-status').filter({ hasText: 'Inskickat' }).waitFor();

    // now Järfälla's answers are there, and what Järfälla saves next arrives live
    await a.page.getByText('De andra kommunernas svar visas under varje fråga.').waitFor();
    const others = bed05(a.page).getByTestId('others');
    await others.getByText('Andra kommuners svar (1)').click();
    await others.getByRole('row', { name: /Järfälla 70 % Från verksamhetssystemet/ }).waitFor();
    await gql(
      SAVE,
      {
        input: {
          roundId,
          municipalityId: jarfalla.id,
          indicatorId: indicator('BED-05'),
          value: { number: 72.5 },
          comment: 'Rättad siffra',
          expectedVersion: jarfallaBed05.saveAnswer.version,
        },
      },
      jonas.token,
    );
    await others.getByRole('row', { name: /Järfälla 72,5 % Rättad siffra/ }).waitFor();
    await gql(
      SAVE,
      {
        input: {
          roundId,
          municipalityId: jarfalla.id,
          indicatorId: indicator('KOM-01'),
          value: { boolean: true },
          expectedVersion: 0,
        },
      },
      jonas.token,
    );
    const kom01 = a.page.getByTestId('answer-KOM-01').getByTestId('others');
    await kom01.getByText('Andra kommuners svar (1)').click();
    await kom01.getByRole('row', { name: /Järfälla Ja/ }).waitFor();
    expect(await notReloaded(a.page)).toBe(true);
    expect(await notReloaded(b.page)).toBe(true);
    await expectAccessible(a.page);

    for (const { context } of [a, b]) await context.close();
  }, 180_000);

  it('the head takes last year’s figure, approves and reopens with a reason; the coordinator sees where everyone stands and grants a late window', async () => {
    const { roundId, networkId, ekero, indicator, anna, helena, coordinator } = await answeringRound();
    await gql(
      SAVE,
      {
        input: {
          roundId,
          municipalityId: ekero.id,
          indicatorId: indicator('KOM-01'),
          value: { boolean: true },
          expectedVersion: 0,
        },
      },
      anna.token,
    );
    await gql(
      `mutation($r: ID!, $m: ID!) { submitAnswers(roundId: $r, municipalityId: $m, partial: true) { id } }`,
      { r: roundId, m: ekero.id },
      anna.token,
    );

    // last year's round of the network, where Ekerö answered BED-05: this year's form offers it
    const { indicatorSets } = await gql(
      `{ indicatorSets { id year ownerNetwork { id } } }`,
      {},
      coordinator.token,
    );
    const set2025 = indicatorSets.find(
      (s: { year: number; ownerNetwork: unknown }) => s.year === 2025 && !s.ownerNetwork,
    );
    const { createRound: lastYear } = await gql(
      `mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`,
      { input: { networkId, indicatorSetId: set2025.id, title: `Förra året ${Date.now()}` } },
      coordinator.token,
    );
    for (const phase of ['INTERPRETATION', 'ANSWERING'])
      await gql(
        `mutation($r: ID!, $p: RoundPhase!) { setRoundPhase(roundId: $r, phase: $p) { id } }`,
        { r: lastYear.id, p: phase },
        coordinator.token,
      );
    const { round: lastYearQuestions } = await gql(
      `query($id: ID!) { round(id: $id) { questions { id indicator { code } } } }`,
      { id: lastYear.id },
      coordinator.token,
    );
    await gql(
      SAVE,
      {
        input: {
          roundId: lastYear.id,
          municipalityId: ekero.id,
          indicatorId: lastYearQuestions.questions.find(
            (q: { indicator: { code: string } }) => q.indicator.code === 'BED-05',
          ).id,
          value: { number: 55.5 },
          expectedVersion: 0,
        },
      },
      anna.token,
    );

    const head = await newContext(browser);
    const page = await head.newPage();
    await signIn(page, helena.email, DEMO.password);
    await page.goto(`/rounds/${roundId}`);
    await page.getByRole('link', { name: 'Svar för Ekerö' }).click();
    await page.getByRole('heading', { level: 1, name: 'Svar för Ekerö' }).waitFor();
    await page.getByTestId('submission-status').filter({ hasText: 'Inskickat' }).waitFor();
    const prefill = page.getByTestId('answer-BED-05').getByTestId('prefill');
    await prefill.getByText('Från 2025: 55,5 %').waitFor();
    await expectAccessible(page);
    await prefill.getByRole('button', { name: 'Använd värdet för BED-05' }).click();
    await page.getByTestId('answer-BED-05').getByTestId('save-state').filter({ hasText: 'Sparat' }).waitFor();
    await prefill.waitFor({ state: 'detached' });
    expect(await page.getByTestId('answer-BED-05').getByLabel('Svar (%)').inputValue()).toBe('55,5');
    await page.getByTestId('answer-progress').filter({ hasText: '2 av 40 besvarade' }).waitFor();
    await page.getByRole('button', { name: 'Godkänn svaren' }).click();
    const approve = page.getByRole('dialog', { name: 'Godkänna svaren?' });
    await approve.getByText('2 av 40 frågor är besvarade.', { exact: false }).waitFor();
    await approve.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await page.getByTestId('submission-status').filter({ hasText: 'Godkänt' }).waitFor();
    // approved answers are locked: read, not edited
    await page.getByTestId('answer-KOM-01').getByTestId('value').filter({ hasText: 'Ja' }).waitFor();
    expect(await page.getByTestId('answer-KOM-01').getByRole('radio').count()).toBe(0);
    await expectAccessible(page);

    await page.getByText('Öppna svaren igen').click();
    await page.getByLabel('Varför öppnas de igen?').fill('Fel period i KOM-01');
    await page.getByRole('button', { name: 'Öppna igen' }).click();
    await page.getByTestId('submission-status').filter({ hasText: 'Utkast' }).waitFor();
    const kom01 = page.getByTestId('answer-KOM-01');
    await kom01.getByRole('radio', { name: 'Ja' }).waitFor();
    await kom01.getByText(/^Historik/).click();
    await kom01.getByText('Öppnat igen — Fel period i KOM-01').waitFor();
    await expectAccessible(page);
    await head.close();

    const context = await newContext(browser);
    const overview = await context.newPage();
    await signIn(overview, coordinator.email, DEMO.password);
    await overview.goto(`/rounds/${roundId}`);
    await overview.getByRole('link', { name: 'Var alla kommuner står' }).click();
    await overview.getByRole('heading', { level: 1, name: 'Nätverkets svar' }).waitFor();
    const row = (name: string) => overview.getByTestId(`submission-${name}`);
    await row('Ekerö').getByText('Utkast').waitFor();
    await row('Ekerö').getByText('2 av 40 besvarade').waitFor();
    await row('Järfälla').getByText('0 av 40 besvarade').waitFor();
    await expectAccessible(overview);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000)
      .toISOString()
      .slice(0, 16);
    await row('Järfälla').getByText('Tillåt sent svar för Järfälla').click();
    await row('Järfälla').getByLabel('Tillåtet till').fill(local);
    await row('Järfälla').getByRole('button', { name: 'Tillåt' }).click();
    await row('Järfälla').getByText('Järfälla får ändra sina svar till angiven tid.').waitFor();
    await row('Järfälla').getByText(tomorrow.toLocaleDateString('sv')).first().waitFor();
    await expectAccessible(overview);

    // the coordinator may open any municipality's answers, to read
    await row('Ekerö').getByRole('link', { name: 'Ekerö' }).click();
    await overview.getByRole('heading', { level: 1, name: 'Svar för Ekerö' }).waitFor();
    await overview.getByText('Du kan läsa svaren men inte ändra dem.').waitFor();
    await overview.getByTestId('answer-BED-05').getByTestId('value').filter({ hasText: '55,5 %' }).waitFor();
    expect(await overview.getByRole('textbox').count()).toBe(0);
    expect(await overview.getByRole('button', { name: 'Skicka in svaren' }).count()).toBe(0);
    await expectAccessible(overview);
    await context.close();
  }, 120_000);
});
