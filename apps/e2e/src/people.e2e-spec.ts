import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, gql, launchBrowser, newContext, signIn } from './browser.js';

/** Issue 11: what people meet — each role's own view, guarded actions, plain language, accessibility. */

const login = async (email: string) =>
  (
    await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
      e: email,
      p: DEMO.password,
    })
  ).login.accessToken as string;

/** A new account, through the API (the e-mail is unique per run). */
async function register(name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.se`;
  const data = await gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
    input: { email, password: DEMO.password, displayName: name },
  });
  return { email, name, token: data.register.accessToken as string };
}

const DEMO_NETWORK = `{ networks { id name municipalities { id name } rounds { id title phase indicatorSet { id } } } }`;

async function demo() {
  const token = await login(DEMO.coordinator);
  const [network] = (await gql(DEMO_NETWORK, {}, token)).networks;
  return { token, network };
}

/** Nothing on the page scrolls sideways at this width (WCAG 1.4.10). */
async function expectNoSideways(page: Page) {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
  );
  expect(wide).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('what people meet: roles, guarded actions, their language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("a head's home names their municipality and what the phase asks, also at 320 px", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'chef.jarfalla@demo.samrad.se', DEMO.password);
    await page.waitForFunction(() => document.title === 'Att göra – Samråd');
    const item = page.getByRole('listitem').filter({ hasText: 'Öppna jämförelser 2026' });
    await item.getByText('Din kommun: Järfälla (Socialchef)').waitFor();
    await item
      .getByText(/Diskussion: gå igenom resultaten tillsammans med de andra kommunerna senast \d+ \w+/)
      .waitFor();
    await item.getByText(/\d+ dagar kvar/).waitFor();
    await item.getByRole('heading', { name: 'Kommande tidsfrister' }).waitFor();
    await expectAccessible(page);

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideways(page);
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    expect(await page.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(true);
    await expectAccessible(page);
    await item.getByRole('link', { name: 'Öppna jämförelser 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Öppna jämförelser 2026' }).waitFor();
    await expectNoSideways(page);
    await expectAccessible(page);
    await context.close();
  });

  it('a viewer sees no import or admin controls', async () => {
    const { token, network } = await demo();
    const viewer = await register('Vera Läsare');
    const invited = await gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { networkId: network.id, email: viewer.email, role: 'VIEWER', municipalityId: null } },
      token,
    );
    await gql(
      `mutation($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invited.inviteMember.token },
      viewer.token,
    );

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, viewer.email, DEMO.password);
    await page.getByRole('link', { name: 'Katalog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Katalog' }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('link', { name: /Importera/ }).count()).toBe(0);

    await page.goto(`/networks/${network.id}`);
    await page.getByRole('heading', { level: 1, name: network.name }).waitFor();
    await page.getByText('Mina roller: Läsare').waitFor();
    expect(await page.getByRole('region', { name: 'Bjud in' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Ändra roll|Ta bort/ }).count()).toBe(0);

    const open = network.rounds.find((r: { phase: string }) => r.phase !== 'CLOSED');
    await page.goto(`/rounds/${open.id}`);
    await page.getByRole('heading', { level: 1, name: open.title }).waitFor();
    expect(await page.getByRole('button', { name: /Gå vidare|Gå tillbaka|Spara tidsfrister/ }).count()).toBe(
      0,
    );
    await expectAccessible(page);

    // A round that does not exist (or is not mine) says so in Swedish, with a way back.
    await page.goto('/rounds/00000000-0000-4000-8000-000000000000');
    await page.getByText('Du har inte tillgång till den här omgången, eller så finns den inte.').waitFor();
    await page.getByRole('link', { name: 'Tillbaka till Att göra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    await context.close();
  });

  it('moving a round on asks first, and others hear it through the live region', async () => {
    const { token, network } = await demo();
    const set = network.rounds[0].indicatorSet.id;
    const created = await gql(
      `mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`,
      { input: { networkId: network.id, indicatorSetId: set, title: `Bekräftas ${Date.now()}` } },
      token,
    );
    const roundId = created.createRound.id;

    const head = await newContext(browser);
    const headPage = await head.newPage();
    await signIn(headPage, 'chef.solna@demo.samrad.se', DEMO.password);
    await headPage.goto(`/rounds/${roundId}`);
    await headPage.getByTestId('current-phase').getByText('Utkast', { exact: true }).waitFor();

    const coordinator = await newContext(browser);
    const page = await coordinator.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto(`/rounds/${roundId}`);
    // Both are in the room before the change (presence shows the other).
    await page.getByText(/Här nu: /).waitFor();

    const advance = page.getByRole('button', { name: 'Gå vidare till Tolkning' });
    await advance.click();
    const dialog = page.getByRole('dialog', { name: 'Gå vidare till Tolkning?' });
    await dialog.getByText('Frågorna i omgången går inte längre att byta', { exact: false }).waitFor();
    await expectAccessible(page);
    // Cancel changes nothing and gives focus back to the button.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Gå vidare till Tolkning');
    expect(await page.getByTestId('current-phase').textContent()).toBe('Utkast');

    await advance.click();
    await dialog.getByRole('button', { name: 'Ja, gå vidare till Tolkning' }).click();
    await page.getByTestId('current-phase').getByText('Tolkning', { exact: true }).waitFor();
    await page.getByTestId('announcer').getByText('Omgången är nu i fasen Tolkning.').waitFor();

    // The head, who did nothing, hears it (polite live region) and sees it.
    await headPage.getByTestId('current-phase').getByText('Tolkning', { exact: true }).waitFor();
    await headPage
      .getByTestId('announcer')
      .getByText(/har gått vidare till Tolkning\./)
      .waitFor();
    expect(await headPage.getByTestId('announcer').getAttribute('aria-live')).toBe('polite');
    await head.close();
    await coordinator.close();
  });

  it('changing a role is an explicit action with a confirmation', async () => {
    const owner = await register('Olle Ägare');
    const [solna] = (
      await gql(`query { municipalities(country: SE, search: "Solna") { id name } }`, {}, owner.token)
    ).municipalities;
    const net = (
      await gql(
        `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
        { input: { name: `Rollnätverk ${Date.now()}`, municipalityIds: [solna.id] } },
        owner.token,
      )
    ).createNetwork;
    const editor = await register('Eva Handläggare');
    const invited = await gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { networkId: net.id, email: editor.email, role: 'EDITOR', municipalityId: solna.id } },
      owner.token,
    );
    await gql(
      `mutation($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invited.inviteMember.token },
      editor.token,
    );
    const roleOf = async () =>
      (
        await gql(
          `query($id: ID!) { network(id: $id) { members { role user { email } } } }`,
          { id: net.id },
          owner.token,
        )
      ).network.members.find((m: { user: { email: string } }) => m.user.email === editor.email).role;

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, owner.email, DEMO.password);
    await page.goto(`/networks/${net.id}`);
    const select = page.getByRole('combobox', { name: 'Roll för Eva Handläggare' });
    await select.selectOption('VIEWER');
    await select.press('ArrowUp'); // keys in the list save nothing either
    await select.selectOption('VIEWER');
    expect(await roleOf()).toBe('EDITOR');

    await page.getByRole('button', { name: 'Ändra roll för Eva Handläggare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra rollen för Eva Handläggare?' });
    await dialog.getByText('Eva Handläggare går från Handläggare till Läsare.').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ja, ändra till Läsare' }).click();
    await page.getByTestId('announcer').getByText('Eva Handläggare är nu Läsare.').waitFor();
    expect(await roleOf()).toBe('VIEWER');
    await context.close();
  });

  it('a Swedish user gets a Swedish error when an import is refused', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.goto('/catalogue/import');
    await page.getByRole('heading', { level: 1, name: 'Importera indikatoruppsättning' }).waitFor();
    await page.getByLabel(/^Fil/).setInputFiles({
      name: 'gammal.xls',
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
    expect(await page.getByText(/cannot be read/).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('the invitee flow: copy the link, resend replaces it, the invitee declines signed out', async () => {
    const coordinator = await newContext(browser);
    await coordinator.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await coordinator.newPage();
    await signIn(page, DEMO.coordinator, DEMO.password);
    await page.getByRole('link', { name: 'FoU Nordväst (demo)' }).click();
    const email = `nej.tack.${Date.now()}@example.se`;
    const invite = page.getByRole('region', { name: 'Bjud in' });
    await invite.getByLabel('E-postadress').fill(email);
    await invite.getByLabel('Roll').selectOption('EDITOR');
    await invite.getByLabel('Kommun').selectOption({ label: 'Sollentuna' });
    await invite.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const first = await page.getByLabel('Inbjudningslänk (visas bara nu)').inputValue();
    await invite.getByRole('button', { name: 'Kopiera länken' }).click();
    await page.getByTestId('announcer').getByText('Länken är kopierad.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);

    const pending = page.getByRole('region', { name: 'Väntande inbjudningar' }).first();
    await pending
      .getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) })
      .getByRole('button', { name: 'Skicka igen' })
      .click();
    const second = await page
      .getByLabel(`Ny inbjudningslänk till ${email} (den gamla slutar fungera)`)
      .inputValue();
    expect(second).not.toBe(first);
    await expectAccessible(page);

    // The invitee, signed out: the old link is dead, the new one says which network and address.
    const invitee = await newContext(browser);
    const other = await invitee.newPage();
    await other.goto(new URL(first).pathname);
    await other.getByText('Inbjudan finns inte. Kontrollera länken.').waitFor();
    await other.goto(new URL(second).pathname);
    await other
      .getByText(`bjuder in ${email} till FoU Nordväst (demo) som Handläggare`, { exact: false })
      .waitFor();
    await other.waitForFunction(() => document.title === 'Inbjudan – Samråd');
    await expectAccessible(other);
    await other.getByRole('link', { name: `Skapa konto för ${email}` }).click();
    await other.getByRole('heading', { level: 1, name: 'Skapa konto' }).waitFor();
    expect(await other.getByLabel('E-postadress').inputValue()).toBe(email);
    await other.goBack();
    await other.getByRole('button', { name: 'Tacka nej' }).click();
    await other.getByText('Du har tackat nej till inbjudan.', { exact: false }).first().waitFor();
    await expectAccessible(other);

    // The coordinator sees it declined without reloading.
    await pending
      .getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) })
      .getByText('Tackade nej')
      .waitFor();
    await invitee.close();
    await coordinator.close();
  });

  it('every page has its own title, and focus moves to the new heading after navigation', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.waitForFunction(() => document.title === 'Logga in – Samråd');
    await signIn(page, DEMO.coordinator, DEMO.password);
    const focusedHeading = () =>
      page.waitForFunction((name) => {
        const el = document.activeElement;
        return el?.tagName === 'H1' && el.textContent === name;
      }, 'Katalog');
    await page.getByRole('link', { name: 'Katalog' }).click();
    await focusedHeading();
    await page.waitForFunction(() => document.title === 'Katalog – Samråd');

    await page.getByRole('link', { name: 'Att göra' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Att göra');
    await page.getByRole('link', { name: 'FoU Nordväst (demo)' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'FoU Nordväst (demo)');
    await page.waitForFunction(() => document.title === 'FoU Nordväst (demo) – Samråd');

    await page.getByRole('link', { name: 'Tillgänglighet' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Tillgänglighetsredogörelse');
    await page.getByRole('heading', { level: 2, name: 'Det här är inte uppfyllt ännu' }).waitFor();
    await expectAccessible(page);

    // In English the titles follow.
    await page.getByLabel('Språk').selectOption('en');
    await page.waitForFunction(() => document.title === 'Accessibility statement – Samråd');
    // the choice is saved on the shared demo account: give it back its Swedish for the other specs
    await page.getByLabel('Language').selectOption('sv');
    await page.waitForFunction(() => document.title === 'Tillgänglighetsredogörelse – Samråd');
    await context.close();
  });
});
