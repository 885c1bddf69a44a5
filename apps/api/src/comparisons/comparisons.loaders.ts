import { defineLoader } from '../common/loaders.js';
import type { MunicipalityRow } from '../networks/networks.loaders.js';
import type { MunicipalityGroupType } from './comparisons.types.js';

/** Each network's saved groups by name, with their municipalities by name: one query for all networks asked. */
export const groupsOfNetwork = defineLoader<string, MunicipalityGroupType[]>(
  'groupsOfNetwork',
  async (networkIds, dataSource) => {
    const rows: (MunicipalityRow & { group_id: string; group_name: string; network_id: string })[] =
      await dataSource.query(
        `SELECT g.network_id, g.id AS group_id, g.name AS group_name, m.id, m.code, m.name, m.country
           FROM municipality_groups g
           JOIN municipality_group_members gm ON gm.group_id = g.id
           JOIN municipalities m ON m.id = gm.municipality_id
          WHERE g.network_id = ANY($1::uuid[])
          ORDER BY g.name, g.id, m.search_name`,
        [networkIds],
      );
    const groups = new Map<string, MunicipalityGroupType[]>(networkIds.map((id) => [id, []]));
    let last = null as MunicipalityGroupType | null;
    for (const { network_id, group_id, group_name, ...municipality } of rows) {
      if (last?.id !== group_id) {
        last = { id: group_id, networkId: network_id, name: group_name, municipalities: [] };
        groups.get(network_id)?.push(last);
      }
      last.municipalities.push(municipality);
    }
    return networkIds.map((id) => groups.get(id) ?? []);
  },
);
