import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  roomName,
  type createMunicipalityGroupSchema,
  type updateMunicipalityGroupSchema,
} from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { badInput, conflict, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { AuthUser } from '../common/request-context.js';
import { lockNetwork } from '../networks/network-lock.js';
import type { MunicipalityRow } from '../networks/networks.loaders.js';
import { UnitOfWork } from '../realtime/unit-of-work.service.js';
import type { MunicipalityGroupType } from './comparisons.types.js';
import { MunicipalityGroup, MunicipalityGroupMember } from './municipality-group.entity.js';

/** Saved groups of similar municipalities: coordinators create, change and delete them (the resolver checks). */
@Injectable()
export class MunicipalityGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** The network a group belongs to (null when there is no such group). */
  async networkOf(groupId: string): Promise<string | null> {
    if (!isUuid(groupId)) return null;
    const group = await this.dataSource.getRepository(MunicipalityGroup).findOneBy({ id: groupId });
    return group?.networkId ?? null;
  }

  async create(
    actor: AuthUser,
    input: z.output<typeof createMunicipalityGroupSchema>,
  ): Promise<MunicipalityGroupType> {
    return this.uow.run(async ({ manager, record }) => {
      await lockNetwork(manager, input.networkId);
      await this.requireUniqueName(manager, input.networkId, input.name);
      const municipalities = await this.networkMunicipalities(
        manager,
        input.networkId,
        input.municipalityIds,
      );
      const { id } = await manager.save(MunicipalityGroup, {
        networkId: input.networkId,
        name: input.name,
        createdById: actor.id,
      });
      await manager.insert(
        MunicipalityGroupMember,
        municipalities.map((m) => ({ groupId: id, municipalityId: m.id })),
      );
      const group = { id, networkId: input.networkId, name: input.name, municipalities };
      await record({
        actorId: actor.id,
        audit: {
          networkId: input.networkId,
          action: 'municipalityGroup.created',
          subjectType: 'MUNICIPALITY_GROUP',
          subjectId: id,
          after: { name: group.name, municipalityIds: municipalities.map((m) => m.id) },
        },
        events: [savedEvent(group, 'CREATED')],
      });
      return group;
    });
  }

  async update(
    actor: AuthUser,
    groupId: string,
    input: z.output<typeof updateMunicipalityGroupSchema>,
  ): Promise<MunicipalityGroupType> {
    return this.uow.run(async ({ manager, record }) => {
      const before = await this.lockedGroup(manager, groupId);
      const name = input.name ?? before.name;
      if (name !== before.name) await this.requireUniqueName(manager, before.networkId, name);
      const municipalities = input.municipalityIds
        ? await this.networkMunicipalities(manager, before.networkId, input.municipalityIds)
        : before.municipalities;
      const after = { id: groupId, networkId: before.networkId, name, municipalities };
      const ids = (g: MunicipalityGroupType) => g.municipalities.map((m) => m.id).sort();
      if (name === before.name && ids(before).join() === ids(after).join()) return before;
      await manager.update(MunicipalityGroup, { id: groupId }, { name });
      if (input.municipalityIds) {
        await manager.delete(MunicipalityGroupMember, { groupId });
        await manager.insert(
          MunicipalityGroupMember,
          municipalities.map((m) => ({ groupId, municipalityId: m.id })),
        );
      }
      await record({
        actorId: actor.id,
        audit: {
          networkId: before.networkId,
          action: 'municipalityGroup.updated',
          subjectType: 'MUNICIPALITY_GROUP',
          subjectId: groupId,
          before: { name: before.name, municipalityIds: ids(before) },
          after: { name, municipalityIds: ids(after) },
        },
        events: [savedEvent(after, 'UPDATED')],
      });
      return after;
    });
  }

  async remove(actor: AuthUser, groupId: string): Promise<string> {
    return this.uow.run(async ({ manager, record }) => {
      const group = await this.lockedGroup(manager, groupId);
      await manager.delete(MunicipalityGroup, { id: groupId });
      await record({
        actorId: actor.id,
        audit: {
          networkId: group.networkId,
          action: 'municipalityGroup.deleted',
          subjectType: 'MUNICIPALITY_GROUP',
          subjectId: groupId,
          before: { name: group.name, municipalityIds: group.municipalities.map((m) => m.id) },
        },
        events: [
          {
            room: roomName('network', group.networkId),
            type: 'municipalityGroup.deleted',
            data: { groupId, networkId: group.networkId, name: group.name },
          },
        ],
      });
      return groupId;
    });
  }

  /** The group with its municipalities, its network locked (orders concurrent changes to the network's groups). */
  private async lockedGroup(manager: EntityManager, groupId: string): Promise<MunicipalityGroupType> {
    const group = isUuid(groupId) ? await manager.findOneBy(MunicipalityGroup, { id: groupId }) : null;
    if (!group) throw notFound('Municipality group');
    await lockNetwork(manager, group.networkId);
    const municipalities: MunicipalityRow[] = await manager.query(
      `SELECT m.id, m.code, m.name, m.country FROM municipality_group_members gm
         JOIN municipalities m ON m.id = gm.municipality_id WHERE gm.group_id = $1 ORDER BY m.search_name`,
      [groupId],
    );
    return { id: group.id, networkId: group.networkId, name: group.name, municipalities };
  }

  private async requireUniqueName(manager: EntityManager, networkId: string, name: string) {
    const taken = await manager.existsBy(MunicipalityGroup, { networkId, name });
    if (taken) throw conflict(`The network already has a group named "${name}"`, { field: 'name' });
  }

  /** The municipalities by name; BAD_USER_INPUT naming those that are not in the network. */
  private async networkMunicipalities(manager: EntityManager, networkId: string, ids: readonly string[]) {
    const rows: MunicipalityRow[] = await manager.query(
      `SELECT m.id, m.code, m.name, m.country FROM network_municipalities nm
         JOIN municipalities m ON m.id = nm.municipality_id
        WHERE nm.network_id = $1 AND nm.municipality_id = ANY($2::uuid[]) ORDER BY m.search_name`,
      [networkId, ids],
    );
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    if (missing.length)
      throw badInput('A group may only hold municipalities of the network', {
        field: 'municipalityIds',
        municipalityIds: missing,
      });
    return rows;
  }
}

function savedEvent(group: MunicipalityGroupType, change: 'CREATED' | 'UPDATED') {
  return {
    room: roomName('network', group.networkId),
    type: 'municipalityGroup.saved' as const,
    data: {
      groupId: group.id,
      networkId: group.networkId,
      name: group.name,
      municipalityIds: group.municipalities.map((m) => m.id),
      change,
    },
  };
}
