import { buildWorld, type World } from './cross-tenant/world.js';
import { countRows } from './network-fixtures.js';
import { startTestApp, type TestApp, type TestUser } from './test-app.js';

const TABLES = ['answers', 'answer_history', 'audit_entries', 'room_events', 'answer_submissions'];
const VALUE_OF_TYPE: Record<string, string> = {
  YES_NO: 'nej',
  NUMBER: '3',
  PERCENT: '3',
  TEXT: 'Från fil',
};

/**
 * The cross-tenant matrix for the answers file endpoints (REST, so outside the GraphQL matrix of
 * cross-tenant.int-spec.ts, with the same world): people of network B, and people of A without
 * the role, try to import into and export A's answers. Each is refused (404 for outsiders, 403 for
 * A's members lacking the role), writes nothing and names nothing of A; someone allowed gets
 * through with the same request.
 */
describe('cross-tenant: answers import and export', () => {
  let t: TestApp;
  let w: World;
  let file: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const [question] = await t.dataSource.query(
      `SELECT code, answer_type AS "answerType", options FROM indicators WHERE id = $1`,
      [w.A.answering.questionId],
    );
    const value = question.answerType === 'CHOICE' ? question.options[0] : VALUE_OF_TYPE[question.answerType];
    file = `Kod;Svar\r\n${question.code};${value}\r\n`;
  });
  afterAll(() => t.close());

  async function importAs(as: TestUser, path: 'imports' | 'imports/preview', municipalityId: string) {
    const form = new FormData();
    form.append('file', new Blob([file]), 'svar.csv');
    form.append('municipalityId', municipalityId);
    const response = await fetch(`${t.url}/api/rounds/${w.A.answering.roundId}/answers/${path}`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${as.token}` },
    });
    return { status: response.status, text: await response.text() };
  }

  async function exportAs(as: TestUser, municipalityId: string, format = 'csv') {
    const query = new URLSearchParams({ municipalityId, format });
    const response = await fetch(`${t.url}/api/rounds/${w.A.answering.roundId}/answers/export?${query}`, {
      headers: { authorization: `Bearer ${as.token}` },
    });
    return { status: response.status, text: await response.text() };
  }

  /** A refusal says only its code and a sentence: no title, code or name of A's. */
  const leaks = async (text: string) => {
    const [round] = await t.dataSource.query(`SELECT title FROM rounds WHERE id = $1`, [
      w.A.answering.roundId,
    ]);
    return [round.title, w.A.name, file.split('\r\n')[1].split(';')[0]].filter((s) => text.includes(s));
  };

  it('import and preview: B’s people get 404, A’s people without the role 403; nothing is written', async () => {
    const attempts: [string, TestUser, string, number][] = [
      ["B's coordinator", w.B.coordinator, w.A.X, 404],
      ["B's head of Solna, for Solna", w.B.headSolna, w.A.X, 404],
      ["B's editor of Täby", w.B.editorTaby, w.A.X, 404],
      ['someone in no network', w.stranger, w.A.X, 404],
      ["A's editor of Y, for X", w.A.editorY, w.A.X, 403],
      ["A's viewer", w.A.viewer, w.A.X, 403],
      ["A's coordinator", w.A.coordinator, w.A.X, 403],
      ["A's editor of X, for a municipality of B only", w.A.editorX, w.B.taby, 404],
    ];
    const before = await countRows(t, TABLES);
    for (const [label, as, municipalityId, status] of attempts)
      for (const path of ['imports', 'imports/preview'] as const) {
        const result = await importAs(as, path, municipalityId);
        expect([label, path, result.status, await leaks(result.text)]).toEqual([label, path, status, []]);
      }
    expect(await countRows(t, TABLES)).toEqual(before);
    // the control: the same request by A's editor of X goes through
    expect((await importAs(w.A.editorX, 'imports/preview', w.A.X)).status).toBe(200);
  });

  it('export: B’s people get 404, A’s people who may not see X’s answers 403', async () => {
    const attempts: [string, TestUser, number][] = [
      ["B's coordinator", w.B.coordinator, 404],
      ["B's head of Solna", w.B.headSolna, 404],
      ['someone in no network', w.stranger, 404],
      ["A's editor of Y (Y has not submitted)", w.A.editorY, 403],
      ["A's network-wide viewer (ANSWERING)", w.A.viewer, 403],
    ];
    for (const [label, as, status] of attempts)
      for (const format of ['csv', 'xlsx']) {
        const result = await exportAs(as, w.A.X, format);
        expect([label, format, result.status, await leaks(result.text)]).toEqual([label, format, status, []]);
      }
    const control = await exportAs(w.A.headX, w.A.X);
    expect(control.status).toBe(200);
    expect(control.text).toContain(file.split('\r\n')[1].split(';')[0]);
    expect((await exportAs(w.A.coordinator, w.A.X)).status).toBe(200);
  });
});
