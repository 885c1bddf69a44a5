import type { Country } from '@samrad/domain';
import { byId, defineLoader } from '../common/loaders.js';
import { userById } from '../identity/identity.loaders.js';
import { Invitation } from './invitations/invitation.entity.js';
import { Membership } from './members/membership.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Network } from './network.entity.js';

export type MunicipalityRow = Pick<Municipality, 'id' | 'code' | 'name' | 'country'>;

/** Per-request loaders of the networks feature; other features may use them for the same relations. */
export const networkById = byId('networkById', Network);
export const municipalityById = byId('municipalityById', Municipality, ['code', 'name', 'country']);

type MembershipRow = Pick<
  Membership,
  'id' | 'networkId' | 'userId' | 'role' | 'municipalityId' | 'createdAt'
>;

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
