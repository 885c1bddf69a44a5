import type { TestApp } from './test-app.js';

export const IMPORT_SET = `mutation($input: ImportIndicatorSetInput!) { importIndicatorSet(input: $input) { id key year version indicators { id code } } }`;
export const CREATE_ROUND = `mutation($input: CreateRoundInput!) { createRound(input: $input) { id phase version } }`;
export const SET_PHASE = `mutation($id: ID!, $phase: RoundPhase!, $reason: String, $v: Int) { setRoundPhase(roundId: $id, phase: $phase, reason: $reason, expectedVersion: $v) { id phase version } }`;

/** A small survey with one question of each answer type. */
export function sampleSet(year = 2026, key = 'oj-missbruk') {
  return {
    key,
    title: `Öppna jämförelser – missbruks- och beroendevård ${year}`,
    area: 'Missbruk och beroende',
    year,
    source: 'Socialstyrelsen',
    indicators: [
      {
        code: 'MB-01',
        text: 'Finns en skriftlig rutin för samverkan?',
        section: 'Samverkan',
        answerType: 'YES_NO',
        polarity: 'HIGHER_IS_BETTER',
      },
      {
        code: 'MB-02',
        text: 'Används ASI vid utredning?',
        section: 'Bedömning',
        answerType: 'CHOICE',
        options: ['Alltid', 'Ofta', 'Sällan', 'Aldrig'],
      },
      {
        code: 'MB-03',
        text: 'Antal personer med insats',
        section: 'Volym',
        answerType: 'NUMBER',
        unit: 'personer',
      },
      {
        code: 'MB-04',
        text: 'Andel med uppföljning',
        section: 'Uppföljning',
        answerType: 'PERCENT',
        unit: '%',
        polarity: 'HIGHER_IS_BETTER',
        nationalReference: 58.5,
      },
      {
        code: 'MB-05',
        text: 'Beskriv arbetet med brukarinflytande',
        section: 'Brukarinflytande',
        answerType: 'TEXT',
        guidance: 'Några meningar räcker.',
      },
    ],
  };
}

async function gqlOk(t: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const result = await t.gql(query, variables, token);
  if (!result.data || result.errors)
    throw new Error(`${query.slice(0, 40)} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Imports a set as the network's own (as its coordinator) and opens a round on it there. */
export async function createRound(t: TestApp, coordinatorToken: string, networkId: string, year = 2026) {
  const set = (await gqlOk(t, IMPORT_SET, { input: { ...sampleSet(year), networkId } }, coordinatorToken))
    .importIndicatorSet;
  const round = (
    await gqlOk(
      t,
      CREATE_ROUND,
      { input: { networkId, indicatorSetId: set.id, title: `Omgång ${year}` } },
      coordinatorToken,
    )
  ).createRound;
  return { roundId: round.id as string, indicatorSetId: set.id as string, set };
}
