import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse, type GraphQLObjectType } from 'graphql';
import { keepPlan } from '../src/common/kept-responses/keep-plan.js';
import { rootKeepers } from '../src/common/kept-responses/root-keepers.js';
import { MetricsService } from '../src/health/metrics.service.js';
import { addMember, createNetwork, type TestNetwork } from './network-fixtures.js';
import { createRound } from './round-fixtures.js';
import { errorCode, registerUser, startTestApp, type TestApp } from './test-app.js';
import { networkPageQuery } from './web-documents.js';

/**
 * Whole answers of the network page are kept per process (`keptResponses`, `network-page-keeper.ts`) by the
 * document, variables, caller, caller's roles, network row and page version. Each of those changed alone must
 * give a fresh answer; a document with any field no keeper vouches for is never kept.
 */
describe('kept answers of the network page', () => {
  let t: TestApp;
  let network: TestNetwork;
  let roundId: string;
  const PAGE = networkPageQuery();

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Kept network', ['Solna', 'Sundbyberg']);
    ({ roundId } = await createRound(t, network.coordinator.token, network.id));
  });

  afterAll(async () => {
    await t.close();
  });

  /** Hits and misses so far. */
  async function outcomes() {
    const { values } = await t.app.get(MetricsService).keptAnswers.get();
    const count = (outcome: string) => values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
    return { hit: count('hit'), miss: count('miss') };
  }

  /** The page as `token` gets it, and whether it came from a kept answer. */
  async function page(token = network.coordinator.token, query = PAGE) {
    const before = await outcomes();
    const result = await t.gql(query, { id: network.id }, token);
    expect(result.errors).toBeUndefined();
    const after = await outcomes();
    const outcome = after.hit > before.hit ? 'hit' : after.miss > before.miss ? 'miss' : 'not keepable';
    return { network: result.data!.network, outcome };
  }

  it('keeps exactly the documents whose every field the network keeper covers', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    // plain fields read their parent's property without a resolver of their own (withPlainFieldReads)
    const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    expect(fields('User').email.resolve).toBeUndefined();
    expect(fields('Network').members.resolve).toBeDefined();
    const plan = (query: string) => keepPlan(schema, parse(query), '', rootKeepers());
    expect(plan(PAGE)).not.toBeNull();
    expect(
      plan(`query($id: ID!) { network(id: $id) { id name members { user { displayName } } } }`),
    ).not.toBeNull();
    // a list no page version covers, a field resolver nobody vouches for, two roots, a mutation
    expect(plan(`query($id: ID!) { network(id: $id) { id invitations { id email } } }`)).toBeNull();
    expect(
      plan(`query($id: ID!) { network(id: $id) { rounds { id phaseDeadlines { phase } } } }`),
    ).toBeNull();
    expect(plan(`query($id: ID!) { network(id: $id) { id } me { id } }`)).toBeNull();
    expect(plan(`query { networks { id } }`)).toBeNull();
    expect(plan(`mutation($id: ID!) { leaveNetwork(networkId: $id) }`)).toBeNull();
  });

  it('answers the same page from the kept answer until something in it changes', async () => {
    const first = await page();
    const second = await page();
    expect([first.outcome, second.outcome]).toEqual(['miss', 'hit']);
    expect(second.network).toEqual(first.network);

    // the network's row
    await t.gql(
      `mutation($id: ID!) { updateNetwork(id: $id, input: { description: "Ny beskrivning" }) { id } }`,
      { id: network.id },
      network.coordinator.token,
    );
    const described = await page();
    expect(described.outcome).toBe('miss');
    expect(described.network.description).toBe('Ny beskrivning');

    // the page version: a round renamed
    await t.gql(
      `mutation($id: ID!) { updateRound(id: $id, input: { title: "Omdöpt omgång" }) { id } }`,
      { id: roundId },
      network.coordinator.token,
    );
    const renamed = await page();
    expect(renamed.outcome).toBe('miss');
    expect(renamed.network.rounds.map((r: any) => r.title)).toEqual(['Omdöpt omgång']);
    expect((await page()).outcome).toBe('hit');
  });

  it("is per caller and per role: another member's or a changed role's page is never someone else's", async () => {
    const head = await addMember(t, network, 'HEAD', 'Solna');
    const coordinators = await page();
    const heads = await page(head.token);
    expect(heads.outcome).toBe('miss');
    expect(heads.network.myRoles).toEqual(['HEAD']);
    expect(coordinators.network.myRoles).toEqual(['COORDINATOR']);

    const changed = await t.gql(
      `mutation($id: ID!, $m: ID) { changeMemberRole(membershipId: $id, role: EDITOR, municipalityId: $m) { id } }`,
      { id: head.membershipId, m: network.municipalities.Solna },
      network.coordinator.token,
    );
    expect(changed.errors).toBeUndefined();
    const after = await page(head.token);
    expect(after.outcome).toBe('miss');
    expect(after.network.myRoles).toEqual(['EDITOR']);
    expect(after.network.myMemberships.map((m: any) => m.role)).toEqual(['EDITOR']);
  });

  it('keeps two members with the same roles apart: each sees their own memberships', async () => {
    const first = await addMember(t, network, 'VIEWER');
    const second = await addMember(t, network, 'VIEWER');
    const firsts = await page(first.token);
    await page(first.token);
    const seconds = await page(second.token);
    expect(seconds.outcome).toBe('miss');
    expect(firsts.network.myMemberships.map((m: any) => m.id)).toEqual([first.membershipId]);
    expect(seconds.network.myMemberships.map((m: any) => m.id)).toEqual([second.membershipId]);
  });

  it('never keeps a refusal, nor a document with a field no keeper covers', async () => {
    const stranger = await registerUser(t, 'stranger');
    for (let i = 0; i < 2; i++) {
      const refused = await t.gql(PAGE, { id: network.id }, stranger.token);
      expect(errorCode(refused)).toBe('NOT_FOUND');
    }

    const withInvitations = PAGE.replace(/members \{/, 'invitations { id email } members {');
    expect((await page(network.coordinator.token, withInvitations)).outcome).toBe('not keepable');
    await t.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { networkId: network.id, email: 'ny@example.se', role: 'VIEWER' } },
      network.coordinator.token,
    );
    const invited = await page(network.coordinator.token, withInvitations);
    expect(invited.network.invitations.map((i: any) => i.email)).toContain('ny@example.se');
  });
});
