import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, gql, launchBrowser, newContext, signIn } from './browser.js';

/** Issue 17: the coordinator plans a meeting, pulls the agenda, writes minutes and a decision, downloads the minutes. */
describe('meetings: agenda, minutes, a decision and the minutes as PDF', () => {
  let browser: Browser;
  let coordinatorToken: string;
  let networkId: string;
  let meetingId: string | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    const { login } = await gql(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      { e: DEMO.coordinator, p: DEMO.password },
    );
    coordinatorToken = login.accessToken;
    // The demo network is the one with the demo's meetings (other specs give the coordinator networks of their own).
    const { networks } = await gql(
      `{ networks { id meetings(period: ALL) { title } } }`,
      {},
      coordinatorToken,
    );
    networkId = (networks as { id: string; meetings: { title: string }[] }[]).find((n) =>
      n.meetings.some((m) => m.title === 'Nätverksmöte: mål för 2025–2027'),
    )!.id;
  });
  afterAll(async () => {
    // leave the demo as other specs expect it: the planned meeting goes again
    if (meetingId)
      await gql(`mutation($id: ID!) { deleteMeeting(id: $id) }`, { id: meetingId }, coordinatorToken).catch(
        () => undefined,
      );
    await browser.close();
  });

  it('the coordinator plans a meeting, pulls agreed interpretations and goals into the agenda, writes minutes and a decision, and downloads the minutes', async () => {
    let step = 'sign in';
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, DEMO.coordinator, DEMO.password);
      await page.goto(`/networks/${networkId}`);
      const section = page.getByTestId('network-meetings');
      // the demo's past meeting with minutes and its upcoming one are listed
      await section.getByRole('link', { name: 'Nätverksmöte: mål för 2025–2027' }).waitFor();
      await section.getByRole('link', { name: 'Nätverksmöte: uppföljning av målen' }).waitFor();
      await expectAccessible(page);

      step = 'plan';
      await section.getByText('Planera ett möte').click();
      // a link that is not https is refused in words, on the field
      const title = `Extra nätverksmöte ${Date.now().toString(36)}`;
      await section.getByLabel('Rubrik').fill(title);
      const start = new Date(Date.now() + 10 * 86_400_000);
      const local = (d: Date) =>
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T09:00`;
      await section.getByLabel('Börjar').fill(local(start));
      await section.getByLabel('Plats (valfritt)').fill('Sigtuna kommunhus');
      await section.getByLabel('Länk till digitalt möte (valfritt)').fill('http://meet.example.org');
      await section.getByRole('button', { name: 'Planera mötet' }).click();
      await section.getByText('Länken måste vara en https://-adress.').waitFor();
      await section.getByLabel('Länk till digitalt möte (valfritt)').fill('https://meet.example.org/extra');
      await section.getByRole('button', { name: 'Planera mötet' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      meetingId = /\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1];
      await expectAccessible(page);

      // the agenda: one item typed, then the suggestions pulled in, one moved up with the keyboard
      step = 'agenda';
      const agenda = page.getByTestId('agenda');
      await agenda.getByRole('button', { name: 'Ändra dagordningen' }).click();
      await agenda.getByRole('button', { name: 'Lägg till en punkt' }).click();
      await agenda.getByLabel('Rubrik för punkt 1').fill('Mötets öppnande');
      await agenda.getByRole('button', { name: 'Visa förslag' }).click();
      await agenda.getByRole('button', { name: 'Lägg till alla' }).click();
      const items = agenda.getByTestId('agenda-item');
      await expect(items.count()).resolves.toBeGreaterThan(2);
      await expect(agenda.getByLabel('Rubrik för punkt 2').inputValue()).resolves.toMatch(
        /^Överenskommen tolkning: /,
      );
      await expectAccessible(page);
      step = 'move';
      await agenda.getByRole('button', { name: 'Flytta punkt 2 uppåt' }).press('Enter');
      await expect(agenda.getByLabel('Rubrik för punkt 1').inputValue()).resolves.toMatch(
        /^Överenskommen tolkning: /,
      );
      await agenda.getByRole('button', { name: 'Spara dagordningen' }).click();
      await agenda.getByRole('button', { name: 'Ändra dagordningen' }).waitFor();
      await expect(agenda.locator('ol > li').allTextContents()).resolves.toEqual(
        expect.arrayContaining([expect.stringMatching(/^Mål: ASI i alla utredningar/)]),
      );

      // the minutes, in markdown, shown as text with its line breaks
      step = 'minutes';
      await page.getByRole('button', { name: 'Skriv protokollet' }).click();
      await page
        .getByLabel('Protokoll (markdown)')
        .fill('# Närvarande\n- Sigtuna\n- Solna\n\nVi gick igenom <b>målen</b>.');
      await page.getByRole('button', { name: 'Spara protokollet' }).click();
      await page.getByText('Protokollet är sparat.').waitFor();
      await expect(page.getByTestId('minutes').textContent()).resolves.toContain(
        'Vi gick igenom <b>målen</b>.',
      );

      // a decision about a goal
      step = 'decision';
      const decisions = page.getByTestId('decisions');
      await decisions.getByText('Lägg till ett beslut').click();
      await decisions.getByLabel('Beslut', { exact: true }).fill('Nätverket följer upp ASI-målet i mars.');
      const goal = await decisions
        .getByLabel('Gäller (valfritt)')
        .locator('optgroup[label="Mål"] option')
        .first()
        .getAttribute('value');
      await decisions.getByLabel('Gäller (valfritt)').selectOption(goal!);
      await decisions.getByRole('button', { name: 'Lägg till beslutet' }).click();
      await decisions
        .getByTestId('decision')
        .getByRole('link', { name: /^Mål: / })
        .waitFor();
      await expectAccessible(page);

      // the decision corrected in place, keeping its goal
      step = 'edit decision';
      const added = decisions.getByTestId('decision').filter({ hasText: 'ASI-målet i mars' });
      await added.getByRole('button', { name: /^Ändra beslut \d/ }).click();
      // (the only form with a name: the add form has none; `added` matches by text, which the edit replaces)
      const edit = decisions.getByRole('form', { name: /^Beslut \d/ });
      expect(await edit.getByLabel('Gäller (valfritt)').inputValue()).toBe(goal);
      await edit.getByLabel('Beslut', { exact: true }).fill('Nätverket följer upp ASI-målet i april.');
      await expectAccessible(page);
      await edit.getByRole('button', { name: 'Spara beslutet' }).click();
      // the form closes once the change is saved; until then the item holds the form, whose text already says april
      await edit.waitFor({ state: 'detached' });
      await decisions
        .getByTestId('decision')
        .filter({ hasText: 'ASI-målet i april' })
        .getByRole('link', { name: /^Mål: / })
        .waitFor();
      expect(await decisions.getByText('ASI-målet i mars').count()).toBe(0);

      // the minutes as PDF, in Swedish
      step = 'download';
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ladda ner protokollet (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const parser = new PDFParse({ data: new Uint8Array(await readFile((await download.path())!)) });
      try {
        const { text } = await parser.getText();
        for (const expected of [
          'Protokoll',
          title,
          'Dagordning',
          'Mötets öppnande',
          'Närvarande',
          'Nätverket följer upp ASI-målet i april.',
          'Mål: ASI',
        ])
          expect(text).toContain(expected);
      } finally {
        await parser.destroy();
      }
    } catch (failure) {
      throw new Error(`after step "${step}": ${String(failure)}`, { cause: failure });
    } finally {
      await context.close();
    }
  }, 300_000);
});
