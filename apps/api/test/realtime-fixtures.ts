import type { TestApp } from './test-app.js';

/**
 * A round of a network, written directly: the rounds API belongs to another feature and these
 * specs only need a round room to join.
 */
export async function insertRound(
  t: TestApp,
  networkId: string,
  title = 'Öppna jämförelser 2025',
): Promise<string> {
  const [set] = (await t.dataSource.query(
    `INSERT INTO indicator_sets (key, year, title, area) VALUES ($1, 2025, 'Ekonomiskt bistånd', 'EB')
     RETURNING id`,
    [`oj-eb-${Math.random().toString(36).slice(2)}`],
  )) as { id: string }[];
  const [round] = (await t.dataSource.query(
    `INSERT INTO rounds (network_id, indicator_set_id, title, version) VALUES ($1, $2, $3, 1) RETURNING id`,
    [networkId, set.id, title],
  )) as { id: string }[];
  return round.id;
}

export const UPDATE_NETWORK = `mutation($id: ID!, $input: UpdateNetworkInput!) {
  updateNetwork(id: $id, input: $input) { id name }
}`;

/** Renames the network through the API (publishes `network.updated` to its room). */
export async function rename(t: TestApp, token: string, networkId: string, name: string): Promise<void> {
  const result = await t.gql(UPDATE_NETWORK, { id: networkId, input: { name } }, token);
  if (!result.data) throw new Error(`updateNetwork failed: ${JSON.stringify(result.errors)}`);
}
