import type { Country, RoleGrant } from '@samrad/domain';
import { isUuid } from '../common/ids.js';
import { byId, defineLoader, joinedColumns, type Loaders } from '../common/loaders.js';
import { userById } from '../identity/identity.loaders.js';
import { Invitation } from './invitations/invitation.entity.js';
import { Membership } from './members/membership.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Network } from './network.entity.js';

export type MunicipalityRow = Pick<Municipality, 'id' | 'code' | 'name' | 'country'>;

/** Per-request loaders of the networks feature; other features may use them for the same relations. */
export const networkById = byId('networkById', Network);
export const municipalityById = byId('municipalityById', Municipality, ['code', 'name', 'country']);

/**
 * A network with the caller's roles in it, keyed `userId|networkId`: what the network page needs
 * before anything else, in one statement. `network` is null when it does not exist; `grants` is
 * empty when the user holds no role there (the access policy decides from them, see `primeGrants`).
 */
export const networkWithGrants = defineLoader<string, { network: Network | null; grants: RoleGrant[] }>(
  'networkWithGrants',
  async (keys, dataSource, loaders) => {
    const pairs = keys.map((key) => key.split('|')).filter(([, networkId]) => isUuid(networkId));
    const network = joinedColumns(dataSource, Network, 'n', 'n');
    const rows: Record<string, unknown>[] = pairs.length
      ? await dataSource.query(
          `SELECT k.user_id AS "userId", ${network.list},
                COALESCE(json_agg(json_build_object('role', m.role, 'municipalityId', m.municipality_id))
                  FILTER (WHERE m.id IS NOT NULL), '[]') AS grants
           FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, network_id)
           JOIN networks n ON n.id = k.network_id
           LEFT JOIN memberships m ON m.network_id = n.id AND m.user_id = k.user_id
          GROUP BY k.user_id, n.id`,
          [pairs.map(([userId]) => userId), pairs.map(([, networkId]) => networkId)],
        )
      : [];
    const found = new Map<string, { network: Network; grants: RoleGrant[] }>();
    for (const row of rows) {
      const plain = network.read(row);
      loaders.of(networkById).prime(plain.id, plain);
      found.set(`${row.userId as string}|${plain.id}`, { network: plain, grants: row.grants as RoleGrant[] });
    }
    return keys.map((key) => found.get(key) ?? { network: null, grants: [] });
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

/**
 * Every role held in each network, oldest first. The member's user and municipality come in the
 * same query and prime `userById` and `municipalityById`: a members list is one round trip.
 */
export const membershipsOfNetwork = defineLoader<string, MembershipRow[]>(
  'membershipsOfNetwork',
  async (networkIds, dataSource, loaders) => {
    const rows: (MembershipRow & {
      email: string;
      displayName: string;
      locale: string;
      code: string | null;
      municipalityName: string | null;
      country: Country | null;
    })[] = await dataSource.query(
      `SELECT m.id, m.network_id AS "networkId", m.user_id AS "userId", m.role,
              m.municipality_id AS "municipalityId", m.created_at AS "createdAt",
              u.email, u.display_name AS "displayName", u.locale,
              mu.code, mu.name AS "municipalityName", mu.country
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN municipalities mu ON mu.id = m.municipality_id
        WHERE m.network_id = ANY($1::uuid[])
        ORDER BY m.created_at, m.id`,
      [networkIds],
    );
    const users = loaders.of(userById);
    const municipalities = loaders.of(municipalityById);
    const groups = new Map<string, MembershipRow[]>(networkIds.map((id) => [id, []]));
    for (const row of rows) {
      const { email, displayName, locale, code, municipalityName, country, ...membership } = row;
      users.prime(row.userId, { id: row.userId, email, displayName, locale });
      if (row.municipalityId)
        municipalities.prime(row.municipalityId, {
          id: row.municipalityId,
          code: code!,
          name: municipalityName!,
          country: country!,
        });
      groups.get(row.networkId)?.push(membership);
    }
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
