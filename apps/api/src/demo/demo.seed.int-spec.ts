import { countRows } from '../../test/network-fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import {
  DEMO_COORDINATOR,
  DEMO_MUNICIPALITIES,
  DEMO_NETWORK_NAME,
  DEMO_PASSWORD,
  demoEditorEmail,
  demoHeadEmail,
  seedDemo,
} from './demo.seed.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const NETWORKS = `{ networks { name myRoles myMemberships { municipality { name } }
  municipalities { name } members { role user { email } municipality { name } } } }`;

describe('the demo network', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is seeded once, quickly, with a coordinator and a head and editor per municipality', async () => {
    const started = Date.now();
    const lines = await seedDemo(t.app);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2000);
    expect(lines.join('\n')).toContain(DEMO_COORDINATOR);
    expect(lines.join('\n')).toContain('chef.jarfalla@demo.samrad.se');
    expect(lines.join('\n')).toContain('handlaggare.jarfalla@demo.samrad.se');
    expect(lines.join('\n')).toContain(DEMO_PASSWORD);

    const login = async (email: string) => {
      const result = await t.gql(LOGIN, { email, password: DEMO_PASSWORD });
      expect(result.errors).toBeUndefined();
      return result.data!.login.accessToken as string;
    };
    const asCoordinator = await t.gql(NETWORKS, {}, await login(DEMO_COORDINATOR));
    const [network] = asCoordinator.data!.networks;
    expect(network.name).toBe(DEMO_NETWORK_NAME);
    expect(network.myRoles).toEqual(['COORDINATOR']);
    expect(network.municipalities.map((m: { name: string }) => m.name).sort()).toEqual(
      [...DEMO_MUNICIPALITIES].sort(),
    );
    expect(network.members).toHaveLength(1 + 2 * DEMO_MUNICIPALITIES.length);
    expect(network.members).toContainEqual({
      role: 'HEAD',
      user: { email: 'chef.upplands-vasby@demo.samrad.se' },
      municipality: { name: 'Upplands Väsby' },
    });

    const asEditor = await t.gql(NETWORKS, {}, await login(demoEditorEmail('Ekerö')));
    expect(asEditor.data!.networks[0]).toMatchObject({
      myRoles: ['EDITOR'],
      myMemberships: [{ municipality: { name: 'Ekerö' } }],
    });
    expect(demoHeadEmail('Upplands-Bro')).toBe('chef.upplands-bro@demo.samrad.se');

    // Again (a restart, or two replicas at once): nothing new.
    const tables = ['users', 'networks', 'network_municipalities', 'memberships'];
    const before = await countRows(t, tables);
    await Promise.all([seedDemo(t.app), seedDemo(t.app)]);
    expect(await countRows(t, tables)).toEqual(before);
  });
});
