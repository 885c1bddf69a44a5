import { foldForSearch, type NetworkRole } from '@samrad/domain';
import { registerUser, type TestApp, type TestUser } from './test-app.js';

/** Builds networks through the real GraphQL API, for any spec that needs members in roles. */

/** ASCII for e-mail local parts: "Västra nätverket" → "vastra-natverket". */
const slug = (text: string) => foldForSearch(text).replace(/[^a-z0-9]+/g, '-');

export const CREATE_NETWORK = `mutation($input: CreateNetworkInput!) {
  createNetwork(input: $input) { id name description municipalities { id name } myRoles }
}`;
export const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email role token link mailStatus expiresAt status municipality { id name } }
}`;
export const ACCEPT = `mutation($token: String!) {
  acceptInvitation(token: $token) { id role user { id email } municipality { id name } networkId }
}`;

/** Municipality ids by Swedish name (or "DK:<name>"), looked up through the API. */
export async function municipalityIds(t: TestApp, token: string, names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(async (label) => {
      const [country, name] = label.includes(':') ? label.split(':') : ['SE', label];
      const result = await t.gql(
        `query($country: Country, $search: String) { municipalities(country: $country, search: $search) { id name } }`,
        { country, search: name },
        token,
      );
      const found = (result.data?.municipalities as { id: string; name: string }[] | undefined)?.find(
        (m) => m.name === name,
      );
      if (!found) throw new Error(`No municipality named ${label}: ${JSON.stringify(result)}`);
      return found.id;
    }),
  );
}

export interface TestNetwork {
  id: string;
  name: string;
  coordinator: TestUser;
  /** municipality name → id */
  municipalities: Record<string, string>;
}

export async function createNetwork(
  t: TestApp,
  name: string,
  municipalityNames: string[],
  coordinator?: TestUser,
): Promise<TestNetwork> {
  const owner = coordinator ?? (await registerUser(t, `coord-${slug(name)}`));
  const ids = await municipalityIds(t, owner.token, municipalityNames);
  const result = await t.gql(CREATE_NETWORK, { input: { name, municipalityIds: ids } }, owner.token);
  if (!result.data) throw new Error(`createNetwork failed: ${JSON.stringify(result.errors)}`);
  return {
    id: result.data.createNetwork.id,
    name,
    coordinator: owner,
    municipalities: Object.fromEntries(municipalityNames.map((n, i) => [n, ids[i]])),
  };
}

export interface TestMember extends TestUser {
  membershipId: string;
}

/** Invites a new (or given) user into a role and accepts as them, through the API. */
export async function addMember(
  t: TestApp,
  network: TestNetwork,
  role: NetworkRole,
  municipalityName?: string | null,
  user?: TestUser,
): Promise<TestMember> {
  const member = user ?? (await registerUser(t, `${role.toLowerCase()}-${slug(municipalityName ?? 'net')}`));
  const municipalityId = municipalityName ? network.municipalities[municipalityName] : null;
  const invited = await t.gql(
    INVITE,
    { input: { networkId: network.id, email: member.email, role, municipalityId } },
    network.coordinator.token,
  );
  if (!invited.data) throw new Error(`inviteMember failed: ${JSON.stringify(invited.errors)}`);
  const accepted = await t.gql(ACCEPT, { token: invited.data.inviteMember.token }, member.token);
  if (!accepted.data) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  return { ...member, membershipId: accepted.data.acceptInvitation.id };
}

/** Row counts of tables, for "nothing half-written" assertions. */
export async function countRows(t: TestApp, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}

/**
 * The peer network most feature tests start from: Solna, Sundbyberg and Täby, with a head and an
 * editor for Solna, an editor for Sundbyberg, a head for Täby and a network-wide viewer.
 */
export async function peerNetwork(t: TestApp, name: string) {
  const net = await createNetwork(t, name, ['Solna', 'Sundbyberg', 'Täby']);
  return {
    net,
    solna: net.municipalities.Solna!,
    sundbyberg: net.municipalities.Sundbyberg!,
    taby: net.municipalities['Täby']!,
    headSolna: await addMember(t, net, 'HEAD', 'Solna'),
    editorSolna: await addMember(t, net, 'EDITOR', 'Solna'),
    editorSundbyberg: await addMember(t, net, 'EDITOR', 'Sundbyberg'),
    headTaby: await addMember(t, net, 'HEAD', 'Täby'),
    viewer: await addMember(t, net, 'VIEWER'),
  };
}
