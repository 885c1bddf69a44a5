import type { Country, RoleGrant } from '@samrad/domain';
import type { DataSource } from 'typeorm';
import { isUuid } from '../common/ids.js';
import { byId, defineLoader, joinedColumns, preparedQuery, type Loaders } from '../common/loaders.js';
import { userById } from '../identity/identity.loaders.js';
import { Invitation } from './invitations/invitation.entity.js';
import { Membership } from './members/membership.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Network } from './network.entity.js';
import { networkPageCache } from './network-page-cache.js';

export type MunicipalityRow = Pick<Municipality, 'id' | 'code' | 'name' | 'country'>;

/** Per-request loaders of the networks feature; other features may use them for the same relations. */
export const networkById = byId('networkById', Network);
export const municipalityById = byId('municipalityById', Municipality, ['code', 'name', 'country']);

/** The municipalities of network `n` as one JSON array, in the order of `municipalitiesOfNetwork`. */
export const MUNICIPALITIES_JSON = `(SELECT COALESCE(json_agg(json_build_object('id', mu.id, 'code', mu.code,
        'name', mu.name, 'country', mu.country) ORDER BY mu.search_name), '[]')
     FROM network_municipalities nm JOIN municipalities mu ON mu.id = nm.municipality_id
    WHERE nm.network_id = n.id)`;

/**
 * A list of a network that its page asks for along with the network (members, municipalities, rounds …):
 * when the query selects `field` under `network(id)`, `networkWithGrants` reads it in its own statement as
 * JSON, and `prime` hands it to the loaders the field goes through (after the policy's check, as ever).
 * Features add theirs with `addNetworkPart`, so the networks feature need not know them.
 */
export interface NetworkPart {
  /** The `Network` field that asks for it. */
  field: string;
  /** A JSON value for the network aliased `n` (a correlated subquery). */
  json(dataSource: DataSource): string;
  /**
   * The tables it reads: each must bump the network's page version when it changes (a trigger of the
   * NetworkPageVersions migration; `network-page-cache.int-spec.ts` checks they all have one), because
   * the value is kept per process while that version stays the same (`NetworkPageCache`).
   */
  tables: string[];
  /**
   * The field resolvers (`Type.field`) whose answers come from this value alone, so a whole page answer may be
   * kept by the page version (`network-page-keeper.ts`); fields without a resolver of their own need no entry.
   */
  resolvers: string[];
  prime(loaders: Loaders, networkId: string, value: unknown, dataSource: DataSource): void;
}

const networkParts = new Map<string, NetworkPart>();

export function addNetworkPart(part: NetworkPart): void {
  networkParts.set(part.field, part);
}

/** The parts features have added. */
export function registeredNetworkParts(): NetworkPart[] {
  return [...networkParts.values()];
}

/** The parts a query asks for, from the fields it selects under `network`. */
export function networkPartsAsked(selected: ReadonlySet<string>): string[] {
  return [...networkParts.keys()].filter((field) => selected.has(field)).sort();
}

/** The key of `networkWithGrants`: who asks, which network, and which parts to read along. */
export const networkKey = (userId: string, networkId: string, parts: readonly string[]) =>
  `${userId}|${networkId}|${parts.join(',')}`;

const statements = new WeakMap<DataSource, Map<string, string>>();

/**
 * The statement of `networkWithGrants`, built once (again only when a feature adds a part later) and
 * prepared: PostgreSQL plans its subqueries once per connection, not on every page. A page asks for one
 * network, so one key gets its own form with plain parameters: over `unnest` of array parameters the
 * generic plan's row estimate (10 keys) makes it look dearer than a custom plan, and PostgreSQL would plan
 * the whole statement again on every execution (measured: 0.96 → 0.29 ms of PostgreSQL CPU per page).
 */
function networkStatement(dataSource: DataSource, keys: 'one' | 'many'): { name: string; text: string } {
  const name = `networkWithGrants${networkParts.size}${keys}`;
  let known = statements.get(dataSource);
  if (!known) statements.set(dataSource, (known = new Map()));
  const cached = known.get(name);
  if (cached) return { name, text: cached };
  const network = joinedColumns(dataSource, Network, 'n', 'n');
  const member = `EXISTS (SELECT 1 FROM memberships me WHERE me.network_id = n.id AND me.user_id = k.user_id)`;
  // a part is read when asked, for a member, unless this process holds it at the network's current version
  const partColumns = [...networkParts.values()].map(
    (part, i) =>
      `CASE WHEN '${part.field}' = ANY(string_to_array(k.parts, ','))
                 AND NOT (COALESCE(v.version, 0) = k.held_version AND '${part.field}' = ANY(string_to_array(k.held, ',')))
                 AND ${member}
            THEN ${part.json(dataSource)} END AS "part${i}"`,
  );
  const asked =
    keys === 'one'
      ? `(SELECT $1::uuid AS user_id, $2::uuid AS network_id, $3::text AS parts, $4::bigint AS held_version,
                 $5::text AS held) AS k`
      : `unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[], $5::text[])
            AS k(user_id, network_id, parts, held_version, held)`;
  const text = `SELECT k.user_id AS "userId", k.parts, COALESCE(v.version, 0)::text AS version, ${network.list},
          COALESCE(json_agg(json_build_object('role', m.role, 'municipalityId', m.municipality_id))
            FILTER (WHERE m.id IS NOT NULL), '[]') AS grants
          ${partColumns.map((column) => `, ${column}`).join('')}
     FROM ${asked}
     JOIN networks n ON n.id = k.network_id
     LEFT JOIN network_page_versions v ON v.network_id = n.id
     LEFT JOIN memberships m ON m.network_id = n.id AND m.user_id = k.user_id
    GROUP BY k.user_id, k.parts, k.held_version, k.held, n.id, v.version`;
  known.set(name, text);
  return { name, text };
}

/** A network as its page's statement reads it: null when it does not exist; its page version. */
interface NetworkRead {
  network: Network | null;
  grants: RoleGrant[];
  version: string | null;
}

/**
 * A network with the caller's roles in it, keyed by `networkKey`: what the network page needs before anything
 * else, in one statement. `network` is null when it does not exist; `grants` is empty when the user holds no
 * role there (the access policy decides from them, see `primeGrants`).
 *
 * The parts the query asks for (see `NetworkPart`) come in the same statement as JSON and prime their loaders,
 * which the list fields still go through after the policy's check: a network page is one round trip. They are
 * read only for a member of the network.
 */
export const networkWithGrants = defineLoader<string, NetworkRead>(
  'networkWithGrants',
  async (keys, dataSource, loaders) => {
    const asked = keys.map((key) => key.split('|')).filter(([, networkId]) => isUuid(networkId));
    const network = joinedColumns(dataSource, Network, 'n', 'n');
    const parts = [...networkParts.values()];
    const cache = networkPageCache(dataSource);
    const held = asked.map(([, networkId]) => cache.held(networkId));
    const params = [
      asked.map(([userId]) => userId),
      asked.map(([, networkId]) => networkId),
      asked.map(([, , parts]) => parts),
      held.map(({ version }) => version),
      held.map(({ parts }) => parts.join(',')),
    ];
    const one = asked.length === 1;
    const statement = networkStatement(dataSource, one ? 'one' : 'many');
    const rows = asked.length
      ? await preparedQuery<Record<string, unknown>>(
          dataSource,
          statement.name,
          statement.text,
          one ? params.map((values) => values[0]) : params,
        )
      : [];
    const found = new Map<string, NetworkRead>();
    for (const row of rows) {
      const plain = network.read(row);
      const grants = row.grants as RoleGrant[];
      const version = row.version as string;
      const partsAsked = (row.parts as string).split(',');
      loaders.of(networkById).prime(plain.id, plain);
      // the lists only for a member (the statement reads them only for one; the policy decides on)
      if (grants.length)
        parts.forEach((part, i) => {
          if (!partsAsked.includes(part.field)) return;
          let value = row[`part${i}`];
          if (value === null || value === undefined) value = cache.part(plain.id, version, part.field);
          else cache.remember(plain.id, version, part.field, value);
          if (value !== undefined) loaders.primeLater(() => part.prime(loaders, plain.id, value, dataSource));
        });
      found.set(`${row.userId as string}|${plain.id}|${row.parts as string}`, {
        network: plain,
        grants,
        version,
      });
    }
    return keys.map((key) => found.get(key) ?? { network: null, grants: [], version: null });
  },
);

type MembershipRow = Pick<
  Membership,
  'id' | 'networkId' | 'userId' | 'role' | 'municipalityId' | 'createdAt'
>;

/** One of my memberships with its municipality's columns, as the list of my networks reads them. */
export type MyMembershipRow = MembershipRow & {
  code: string | null;
  municipalityName: string | null;
  country: Country | null;
};

/**
 * My memberships per network when the list of my networks has read them already (the home page asks
 * `myMemberships` of each): kept for this request only, keyed by its loaders like everything per request.
 */
const myMembershipsRead = new WeakMap<Loaders, Map<string, MembershipRow[]>>();

/** Records what the list of my networks read: my memberships there, and primes their municipalities. */
export function primeMyMemberships(loaders: Loaders, networkId: string, rows: MyMembershipRow[]): void {
  let read = myMembershipsRead.get(loaders);
  if (!read) myMembershipsRead.set(loaders, (read = new Map()));
  read.set(
    networkId,
    rows.map(({ code, municipalityName, country, ...membership }) => {
      if (membership.municipalityId)
        loaders.of(municipalityById).prime(membership.municipalityId, {
          id: membership.municipalityId,
          code: code!,
          name: municipalityName!,
          country: country!,
        });
      return membership;
    }),
  );
}

/** My memberships in a network if already read in this request, else undefined. */
export function myMembershipsIfRead(loaders: Loaders, networkId: string): MembershipRow[] | undefined {
  return myMembershipsRead.get(loaders)?.get(networkId);
}

/** A membership as the members list reads it: with its user's and municipality's columns. */
type MemberRow = MembershipRow & {
  email: string;
  displayName: string;
  locale: string;
  code: string | null;
  municipalityName: string | null;
  country: Country | null;
};

/** The members list's columns (aliases `m`, `u`, `mu`), for a row query or a JSON object per member. */
const MEMBER_COLUMNS: [string, string][] = [
  ['id', 'm.id'],
  ['networkId', 'm.network_id'],
  ['userId', 'm.user_id'],
  ['role', 'm.role'],
  ['municipalityId', 'm.municipality_id'],
  ['createdAt', 'm.created_at'],
  ['email', 'u.email'],
  ['displayName', 'u.display_name'],
  ['locale', 'u.locale'],
  ['code', 'mu.code'],
  ['municipalityName', 'mu.name'],
  ['country', 'mu.country'],
];
const MEMBERS_FROM = `memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN municipalities mu ON mu.id = m.municipality_id`;

/** The memberships of member rows, priming `userById` and `municipalityById` with what came along. */
function readMembers(loaders: Loaders, rows: MemberRow[]): MembershipRow[] {
  const users = loaders.of(userById);
  const municipalities = loaders.of(municipalityById);
  return rows.map(({ email, displayName, locale, code, municipalityName, country, ...membership }) => {
    users.prime(membership.userId, { id: membership.userId, email, displayName, locale });
    if (membership.municipalityId)
      municipalities.prime(membership.municipalityId, {
        id: membership.municipalityId,
        code: code!,
        name: municipalityName!,
        country: country!,
      });
    return membership;
  });
}

/**
 * Every role held in each network, oldest first. The member's user and municipality come in the
 * same query and prime `userById` and `municipalityById`: a members list is one round trip.
 */
export const membershipsOfNetwork = defineLoader<string, MembershipRow[]>(
  'membershipsOfNetwork',
  async (networkIds, dataSource, loaders) => {
    const rows: MemberRow[] = await dataSource.query(
      `SELECT ${MEMBER_COLUMNS.map(([as, column]) => `${column} AS "${as}"`).join(', ')}
         FROM ${MEMBERS_FROM}
        WHERE m.network_id = ANY($1::uuid[])
        ORDER BY m.created_at, m.id`,
      [networkIds],
    );
    const groups = new Map<string, MembershipRow[]>(networkIds.map((id) => [id, []]));
    for (const membership of readMembers(loaders, rows)) groups.get(membership.networkId)?.push(membership);
    return networkIds.map((id) => groups.get(id) ?? []);
  },
);

/** The municipalities of each network, by name, in one query for all networks asked. */
export const municipalitiesOfNetwork = defineLoader<string, MunicipalityRow[]>(
  'municipalitiesOfNetwork',
  async (networkIds, dataSource) => {
    const rows: (MunicipalityRow & { network_id: string })[] = await dataSource.query(
      `SELECT nm.network_id, m.id, m.code, m.name, m.country
         FROM network_municipalities nm
         JOIN municipalities m ON m.id = nm.municipality_id
        WHERE nm.network_id = ANY($1::uuid[])
        ORDER BY m.search_name`,
      [networkIds],
    );
    const groups = new Map<string, MunicipalityRow[]>(networkIds.map((id) => [id, []]));
    for (const { network_id, ...municipality } of rows) groups.get(network_id)?.push(municipality);
    return networkIds.map((id) => groups.get(id) ?? []);
  },
);

/** Invitations of each network that are neither accepted nor revoked (expired ones included, to resend). */
export const openInvitationsOfNetwork = defineLoader<string, Invitation[]>(
  'openInvitationsOfNetwork',
  async (networkIds, dataSource) => {
    const rows = await dataSource
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.network_id = ANY(:ids::uuid[])', { ids: [...networkIds] })
      .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL')
      .orderBy('i.created_at', 'DESC')
      .getMany();
    const groups = new Map<string, Invitation[]>(networkIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.networkId)?.push(row);
    return networkIds.map((id) => groups.get(id) ?? []);
  },
);

/** The network page's own lists, read along with the network when asked. */
addNetworkPart({
  field: 'members',
  tables: ['memberships', 'users', 'municipalities'],
  resolvers: ['Network.members', 'NetworkMember.user', 'NetworkMember.municipality'],
  json: () => `(SELECT COALESCE(json_agg(json_build_object(${MEMBER_COLUMNS.map(([as, column]) => `'${as}', ${column}`).join(', ')})
                                 ORDER BY m.created_at, m.id), '[]')
                 FROM ${MEMBERS_FROM} WHERE m.network_id = n.id)`,
  prime(loaders, networkId, value) {
    const members = (value as (Omit<MemberRow, 'createdAt'> & { createdAt: string })[]).map((m) => ({
      ...m,
      createdAt: new Date(m.createdAt),
    }));
    loaders.of(membershipsOfNetwork).prime(networkId, readMembers(loaders, members));
  },
});

addNetworkPart({
  field: 'municipalities',
  tables: ['network_municipalities', 'municipalities'],
  resolvers: ['Network.municipalities'],
  json: () => MUNICIPALITIES_JSON,
  prime: (loaders, networkId, value) =>
    loaders.of(municipalitiesOfNetwork).prime(networkId, value as MunicipalityRow[]),
});
