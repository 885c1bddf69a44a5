import {
  can,
  contributingMunicipalities,
  setUsableIn,
  type NetworkAction,
  type RoleGrant,
} from './access.js';
import { NETWORK_ROLES } from './enums.js';
import {
  changeMemberRoleSchema,
  createNetworkSchema,
  inviteMemberSchema,
  rolePlacementProblem,
} from './networks.schemas.js';

const X = '11111111-1111-4111-8111-111111111111';
const Y = '22222222-2222-4222-8222-222222222222';

const coordinator: RoleGrant = { role: 'COORDINATOR', municipalityId: null };
const headOfX: RoleGrant = { role: 'HEAD', municipalityId: X };
const editorOfX: RoleGrant = { role: 'EDITOR', municipalityId: X };
const viewerOfX: RoleGrant = { role: 'VIEWER', municipalityId: X };
const networkViewer: RoleGrant = { role: 'VIEWER', municipalityId: null };

describe('can(grants, action, municipality)', () => {
  const ALL: NetworkAction[] = [
    'network.view',
    'network.manage',
    'municipality.contribute',
    'municipality.approve',
    'interpretation.propose',
    'discussion.post',
    'discussion.moderate',
    'catalogue.import',
    'catalogue.publish',
  ];

  it('denies everything to someone with no role in the network', () => {
    for (const action of ALL) {
      expect(can([], action, X)).toBe(false);
      expect(can([], action)).toBe(false);
    }
  });

  it.each([
    // grant,          action,                     municipality, allowed
    [coordinator, 'network.view', undefined, true],
    [coordinator, 'network.manage', undefined, true],
    [coordinator, 'municipality.contribute', X, false],
    [coordinator, 'municipality.approve', X, false],
    [coordinator, 'interpretation.propose', undefined, true],
    [headOfX, 'network.view', undefined, true],
    [headOfX, 'network.manage', undefined, false],
    [headOfX, 'municipality.contribute', X, true],
    [headOfX, 'municipality.contribute', Y, false],
    [headOfX, 'municipality.approve', X, true],
    [headOfX, 'municipality.approve', Y, false],
    [headOfX, 'interpretation.propose', undefined, true],
    [editorOfX, 'municipality.contribute', X, true],
    [editorOfX, 'municipality.contribute', Y, false],
    [editorOfX, 'municipality.approve', X, false],
    [editorOfX, 'network.manage', undefined, false],
    [editorOfX, 'interpretation.propose', undefined, true],
    [viewerOfX, 'network.view', undefined, true],
    [viewerOfX, 'municipality.contribute', X, false],
    [viewerOfX, 'interpretation.propose', undefined, false],
    [networkViewer, 'network.view', undefined, true],
    [networkViewer, 'network.manage', undefined, false],
    [networkViewer, 'municipality.contribute', X, false],
    [coordinator, 'catalogue.import', undefined, true],
    [headOfX, 'catalogue.import', undefined, false],
    [editorOfX, 'catalogue.import', undefined, false],
    [networkViewer, 'catalogue.import', undefined, false],
    [networkViewer, 'discussion.post', undefined, true],
    [viewerOfX, 'discussion.post', undefined, true],
    [editorOfX, 'discussion.post', undefined, true],
    [coordinator, 'discussion.moderate', undefined, true],
    [headOfX, 'discussion.moderate', undefined, false],
    [networkViewer, 'discussion.moderate', undefined, false],
  ] as const)('%o may %s for %s: %s', (grant, action, municipalityId, allowed) => {
    expect(can([grant], action, municipalityId)).toBe(allowed);
  });

  it('lets only operators publish national sets, whatever their network roles', () => {
    expect(can([coordinator], 'catalogue.publish')).toBe(false);
    expect(can([], 'catalogue.publish', undefined, { operator: true })).toBe(true);
    expect(can([coordinator], 'catalogue.publish', undefined, { operator: false })).toBe(false);
  });

  it('lets a round use a national set or its own network’s, never another network’s', () => {
    expect(setUsableIn(null, 'n1')).toBe(true);
    expect(setUsableIn('n1', 'n1')).toBe(true);
    expect(setUsableIn('n2', 'n1')).toBe(false);
  });

  it('needs a municipality for municipal actions', () => {
    expect(can([headOfX], 'municipality.contribute')).toBe(false);
    expect(can([headOfX], 'municipality.approve', null)).toBe(false);
  });

  it('adds up several roles of one user', () => {
    const grants = [editorOfX, { role: 'HEAD', municipalityId: Y } as RoleGrant];
    expect(can(grants, 'municipality.contribute', X)).toBe(true);
    expect(can(grants, 'municipality.approve', Y)).toBe(true);
    expect(can(grants, 'municipality.approve', X)).toBe(false);
  });

  it('lists the municipalities a user contributes for, once each', () => {
    expect(contributingMunicipalities([headOfX, editorOfX, viewerOfX, coordinator])).toEqual([X]);
    expect(contributingMunicipalities([networkViewer])).toEqual([]);
  });
});

describe('role placement', () => {
  it('keeps the coordinator network-wide and heads/editors in a municipality', () => {
    expect(rolePlacementProblem('COORDINATOR', null)).toBeNull();
    expect(rolePlacementProblem('COORDINATOR', X)).toMatch(/network-wide/);
    expect(rolePlacementProblem('HEAD', null)).toMatch(/one municipality/);
    expect(rolePlacementProblem('EDITOR', undefined)).toMatch(/one municipality/);
    expect(rolePlacementProblem('EDITOR', X)).toBeNull();
    expect(rolePlacementProblem('VIEWER', null)).toBeNull();
    expect(rolePlacementProblem('VIEWER', X)).toBeNull();
  });

  it('is checked by the invitation and role-change inputs', () => {
    const base = { networkId: X, email: ' Eva@Example.se ' };
    expect(inviteMemberSchema.parse({ ...base, role: 'EDITOR', municipalityId: Y })).toEqual({
      networkId: X,
      email: 'eva@example.se',
      role: 'EDITOR',
      municipalityId: Y,
    });
    expect(inviteMemberSchema.safeParse({ ...base, role: 'HEAD' }).success).toBe(false);
    expect(inviteMemberSchema.safeParse({ ...base, role: 'OWNER' }).success).toBe(false);
    for (const role of NETWORK_ROLES) {
      const result = changeMemberRoleSchema.safeParse({ membershipId: X, role, municipalityId: null });
      expect(result.success).toBe(rolePlacementProblem(role, null) === null);
    }
  });
});

describe('createNetworkSchema', () => {
  it('trims the name and refuses empty, overlong and duplicated input', () => {
    expect(createNetworkSchema.parse({ name: '  FoU Nordväst ', description: '  ' })).toEqual({
      name: 'FoU Nordväst',
      description: null,
      municipalityIds: [],
    });
    expect(createNetworkSchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(createNetworkSchema.safeParse({ name: 'x'.repeat(500) }).success).toBe(false);
    expect(createNetworkSchema.safeParse({ name: 'n', description: 'd'.repeat(2001) }).success).toBe(false);
    expect(createNetworkSchema.safeParse({ name: 'n', municipalityIds: [X, X.toUpperCase()] }).success).toBe(
      false,
    );
    expect(createNetworkSchema.safeParse({ name: 'n', municipalityIds: ['nope'] }).success).toBe(false);
  });
});
