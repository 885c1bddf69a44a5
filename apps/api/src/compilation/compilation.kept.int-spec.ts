import { APPROVE, REOPEN, SAVE, SUBMIT } from '../../test/answer-fixtures.js';
import { answersWrittenBehindTheApi } from '../../test/compilation-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { loadNationalDataset, type NationalDataset } from '../../test/national-dataset.js';
import { SET_PHASE } from '../../test/round-fixtures.js';
import { registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';

/** What each step below looks at: the columns, the compact values, the figures, the whole answers. */
const KEPT = `query($id: ID!) { round(id: $id) { compilation {
  municipalities { id }
  hiddenColumns
  rows {
    indicator { id }
    agreedInterpretation { id }
    nationalReference
    summary { answered mean }
    leaders { id }
    numbers texts
    cells { answer { status } }
  }
} } }`;

interface Kept {
  municipalities: { id: string }[];
  hiddenColumns: number[];
  rows: {
    indicator: { id: string };
    agreedInterpretation: { id: string } | null;
    nationalReference: number | null;
    summary: { answered: number; mean: number | null };
    leaders: { id: string }[];
    numbers: (number | null)[] | null;
    texts: (string | null)[] | null;
    cells: { answer: { status: string } | null }[];
  }[];
}

/**
 * The compilation keeps each round's values and figures in the process between requests
 * (compilation-grid.ts), stamped by the round rooms' seqs and keyed by the columns and the
 * questions. Every path that changes what it shows must show up in the next compilation: each
 * step below compiles first (so the kept figures are warm), changes one thing, and compiles again.
 */
describe('Round.compilation kept between requests', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let head: TestUser;
  let headLate: TestUser;
  let data: NationalDataset;
  let municipalityId: string;
  let late: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await registerUser(t, 'kept-coordinator');
    data = await loadNationalDataset(t.dataSource, {
      seed: 21,
      coordinatorId: coordinator.id,
      municipalities: 6,
      questions: 30,
      phase: 'ANSWERING',
    });
    municipalityId = data.municipalities[1].id;
    late = data.municipalities[3].id;
    // one municipality has never submitted: before COMPILATION its head sees only its own column
    await t.dataSource.query(
      `UPDATE answer_submissions SET status = 'DRAFT', first_submitted_at = NULL, submitted_at = NULL
        WHERE round_id = $1 AND municipality_id = $2`,
      [data.rounds[1].id, late],
    );
    head = await member('HEAD', municipalityId);
    headLate = await member('HEAD', late);
  });
  afterAll(() => t.close());

  async function member(role: 'HEAD', municipality: string) {
    const user = await registerUser(t, role.toLowerCase());
    await t.dataSource.query(
      `INSERT INTO memberships (network_id, user_id, role, municipality_id) VALUES ($1, $2, $3, $4)`,
      [data.networkId, user.id, role, municipality],
    );
    return user;
  }

  const current = () => data.rounds[1];
  async function compiled(as: TestUser = coordinator): Promise<Kept> {
    const result = await t.gql(KEPT, { id: current().id }, as.token);
    expect(result.errors).toBeUndefined();
    return result.data!.round.compilation;
  }
  const numberQuestion = () => current().indicators.find((i) => i.answerType === 'NUMBER')!;
  const rowOf = (kept: Kept, indicatorId: string) => kept.rows.find((r) => r.indicator.id === indicatorId)!;
  const columnOf = (kept: Kept, id: string) => kept.municipalities.findIndex((m) => m.id === id);
  const statusesOf = (kept: Kept, id: string) => [
    ...new Set(kept.rows.flatMap((r) => r.cells[columnOf(kept, id)].answer?.status ?? [])),
  ];

  it('saveAnswer: the saved value and the figures over it', async () => {
    const indicator = numberQuestion();
    const before = rowOf(await compiled(), indicator.id);
    const [{ version }] = await t.dataSource.query(
      `SELECT version FROM answers WHERE round_id = $1 AND indicator_id = $2 AND municipality_id = $3`,
      [current().id, indicator.id, municipalityId],
    );
    await ok(
      t,
      SAVE,
      {
        input: {
          roundId: current().id,
          indicatorId: indicator.id,
          municipalityId,
          value: { number: 987654 },
          expectedVersion: version,
        },
      },
      head.token,
    );
    const after = await compiled();
    const row = rowOf(after, indicator.id);
    expect(row.numbers![columnOf(after, municipalityId)]).toBe(987654);
    expect(row.summary.mean).not.toBe(before.summary.mean);
    if (indicator.polarity === 'HIGHER_IS_BETTER')
      expect(row.leaders.map((l) => l.id)).toContain(municipalityId);
  });

  it('a plain SQL write (tests only) shows once the round’s stamp moves', async () => {
    const indicator = numberQuestion();
    const before = await compiled();
    const column = columnOf(before, municipalityId);
    await t.dataSource.query(
      `UPDATE answers SET value_number = 13579 WHERE round_id = $1 AND indicator_id = $2 AND municipality_id = $3`,
      [current().id, indicator.id, municipalityId],
    );
    // past the event log: the kept values stand
    expect(rowOf(await compiled(), indicator.id).numbers![column]).toBe(
      rowOf(before, indicator.id).numbers![column],
    );
    await answersWrittenBehindTheApi(t.dataSource, current().id);
    expect(rowOf(await compiled(), indicator.id).numbers![column]).toBe(13579);
  });

  it('an import from a file', async () => {
    const indicator = numberQuestion();
    await compiled();
    const form = new FormData();
    form.append('file', new Blob([`\uFEFFcode;value\r\n${indicator.code};24680\r\n`]), 'svar.csv');
    form.append('municipalityId', municipalityId);
    const response = await fetch(`${t.url}/api/rounds/${current().id}/answers/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${head.token}` },
    });
    expect(response.status).toBe(201);
    const after = await compiled();
    expect(rowOf(after, indicator.id).numbers![columnOf(after, municipalityId)]).toBe(24680);
  });

  it('approve, reopen and submit: the answers’ status, and what a head who had not submitted sees', async () => {
    expect(statusesOf(await compiled(), municipalityId)).toEqual(['SUBMITTED']);
    const ids = { roundId: current().id, municipalityId };
    await ok(t, APPROVE, ids, head.token);
    expect(statusesOf(await compiled(), municipalityId)).toEqual(['APPROVED']);
    await ok(t, REOPEN, { ...ids, reason: 'Fel i underlaget' }, head.token);
    expect(statusesOf(await compiled(), municipalityId)).toEqual(['DRAFT']);
    await ok(t, SUBMIT, { ...ids, partial: true }, head.token);
    expect(statusesOf(await compiled(), municipalityId)).toEqual(['SUBMITTED']);

    // give-to-get: the kept figures are the coordinator's; a head who has not submitted gets its own
    const hidden = await compiled(headLate);
    expect(hidden.hiddenColumns).toHaveLength(data.municipalities.length - 1);
    expect(hidden.rows.every((r) => r.summary.answered <= 1)).toBe(true);
    await ok(t, SUBMIT, { roundId: current().id, municipalityId: late, partial: true }, headLate.token);
    const shown = await compiled(headLate);
    expect(shown.hiddenColumns).toEqual([]);
    expect(shown.rows).toEqual((await compiled()).rows);
  });

  it('membership: a municipality that joins the network is a new column, and one that leaves is gone', async () => {
    const before = await compiled();
    const [{ id: joining }] = await t.dataSource.query(
      `SELECT id FROM municipalities
        WHERE id NOT IN (SELECT municipality_id FROM network_municipalities WHERE network_id = $1)
        ORDER BY search_name LIMIT 1`,
      [data.networkId],
    );
    await ok(
      t,
      `mutation($n: ID!, $m: ID!) { addMunicipalityToNetwork(networkId: $n, municipalityId: $m) { id } }`,
      { n: data.networkId, m: joining },
      coordinator.token,
    );
    const joined = await compiled();
    expect(joined.municipalities).toHaveLength(before.municipalities.length + 1);
    const column = columnOf(joined, joining);
    expect(column).toBeGreaterThanOrEqual(0);
    const indicator = numberQuestion();
    expect(rowOf(joined, indicator.id).numbers).toHaveLength(joined.municipalities.length);
    expect(rowOf(joined, indicator.id).numbers![column]).toBeNull();
    // every other member's value moved to its new column with it
    for (const { id } of before.municipalities)
      expect(rowOf(joined, indicator.id).numbers![columnOf(joined, id)]).toBe(
        rowOf(before, indicator.id).numbers![columnOf(before, id)],
      );
    expect(joined.rows.every((r) => r.cells.length === joined.municipalities.length)).toBe(true);

    await ok(
      t,
      `mutation($n: ID!, $m: ID!) { removeMunicipalityFromNetwork(networkId: $n, municipalityId: $m) { id } }`,
      { n: data.networkId, m: joining },
      coordinator.token,
    );
    const left = await compiled();
    expect(left.municipalities).toEqual(before.municipalities);
    expect(rowOf(left, indicator.id).numbers).toHaveLength(before.municipalities.length);
  });

  it('the agreed interpretation, the national reference and the polarity (no event in the round’s room)', async () => {
    const before = await compiled();
    const indicator = numberQuestion();
    const row = rowOf(before, indicator.id);
    // written with plain SQL on purpose: these are read per request or are part of the key
    if (row.agreedInterpretation)
      await t.dataSource.query(`UPDATE interpretation_proposals SET status = 'REJECTED' WHERE id = $1`, [
        row.agreedInterpretation.id,
      ]);
    else
      await t.dataSource.query(
        `INSERT INTO interpretation_proposals (round_id, indicator_id, text, author_id, status, resolved_at, resolved_by_id)
         VALUES ($1, $2, 'Räkna så här', $3, 'AGREED', now(), $3)`,
        [current().id, indicator.id, coordinator.id],
      );
    await t.dataSource.query(`UPDATE indicators SET national_reference = 4242.5 WHERE id = $1`, [
      indicator.id,
    ]);
    const polarity = indicator.polarity === 'LOWER_IS_BETTER' ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER';
    await t.dataSource.query(`UPDATE indicators SET polarity = $2 WHERE id = $1`, [indicator.id, polarity]);

    const after = rowOf(await compiled(), indicator.id);
    expect(Boolean(after.agreedInterpretation)).toBe(!row.agreedInterpretation);
    expect(after.nationalReference).toBe(4242.5);
    const numbers = after.numbers!.filter((n): n is number => n !== null);
    const best = polarity === 'HIGHER_IS_BETTER' ? Math.max(...numbers) : Math.min(...numbers);
    const leaderColumns = after.leaders.map((l) => columnOf(before, l.id));
    expect(leaderColumns.map((c) => after.numbers![c])).toContain(best);
  });

  it('a phase step: everyone sees every column from COMPILATION on', async () => {
    await compiled(headLate);
    const [{ version }] = await t.dataSource.query(`SELECT version FROM rounds WHERE id = $1`, [
      current().id,
    ]);
    // a municipality that never submitted: reset as before the previous step's submit
    await t.dataSource.query(
      `UPDATE answer_submissions SET first_submitted_at = NULL WHERE round_id = $1 AND municipality_id = $2`,
      [current().id, late],
    );
    expect((await compiled(headLate)).hiddenColumns.length).toBeGreaterThan(0);
    await ok(t, SET_PHASE, { id: current().id, phase: 'COMPILATION', v: version }, coordinator.token);
    const after = await compiled(headLate);
    expect(after.hiddenColumns).toEqual([]);
    expect(after.rows).toEqual((await compiled()).rows);
  });
});
