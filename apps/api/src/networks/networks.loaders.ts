import { byId, defineLoader, groupedBy } from '../common/loaders.js';
import { Invitation } from './invitations/invitation.entity.js';
import { Membership } from './members/membership.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Network } from './network.entity.js';

export type MunicipalityRow = Pick<Municipality, 'id' | 'code' | 'name' | 'country'>;

/** Per-request loaders of the networks feature; other features may use them for the same relations. */
export const networkById = byId('networkById', Network);
export const municipalityById = byId('municipalityById', Municipality);

/** Every role held in each network, oldest first. */
export const membershipsOfNetwork = groupedBy('membershipsOfNetwork', Membership, 'networkId', {
  createdAt: 'ASC',
});

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
