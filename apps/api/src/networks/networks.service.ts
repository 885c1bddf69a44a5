import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createNetworkSchema, updateNetworkSchema } from '@samrad/domain';
import { DataSource, In } from 'typeorm';
import type { z } from 'zod';
import { AppError, badInput, conflict, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { AuthUser } from '../common/request-context.js';
import { roomName } from '../realtime/room-event.js';
import { UnitOfWork } from '../realtime/unit-of-work.service.js';
import { Membership } from './members/membership.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { NetworkMunicipality } from './network-municipality.entity.js';
import { Network } from './network.entity.js';
import { isInNetwork, lockNetwork } from './network-lock.js';
import { MUNICIPALITIES_JSON, type MunicipalityRow, type MyMembershipRow } from './networks.loaders.js';

/**
 * Networks and their municipalities. Callers have already asked the access policy; this service
 * keeps the rules that hold whoever asks (valid names, known municipalities, no half-writes).
 */
@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Plain rows (no entity hydration): the home page asks for them on every visit. */
  /**
   * My networks, each with my memberships in it (and their municipalities): one statement gives the list,
   * my roles (for the access policy) and `myMemberships`, which the home page asks of every network; with
   * `withMunicipalities`, each network's municipalities too (the home page asks for them as well).
   */
  async networksOf(
    userId: string,
    withMunicipalities = false,
  ): Promise<{ network: Network; mine: MyMembershipRow[]; municipalities: MunicipalityRow[] | null }[]> {
    const rows: (Network & {
      mine: (Omit<MyMembershipRow, 'createdAt'> & { createdAt: string })[];
      municipalities: MunicipalityRow[] | null;
    })[] = await this.dataSource.query(
      `SELECT n.id, n.name, n.description, n.follow_up_interval_days AS "followUpIntervalDays",
                n.created_at AS "createdAt", n.updated_at AS "updatedAt",
                json_agg(json_build_object(
                  'id', m.id, 'networkId', m.network_id, 'userId', m.user_id, 'role', m.role,
                  'municipalityId', m.municipality_id, 'createdAt', m.created_at,
                  'code', mu.code, 'municipalityName', mu.name, 'country', mu.country
                ) ORDER BY m.created_at, m.id) AS mine,
                ${withMunicipalities ? MUNICIPALITIES_JSON : 'NULL'} AS municipalities
           FROM networks n
           JOIN memberships m ON m.network_id = n.id AND m.user_id = $1
           LEFT JOIN municipalities mu ON mu.id = m.municipality_id
          GROUP BY n.id
          ORDER BY lower(n.name), n.created_at`,
      [userId],
    );
    return rows.map(({ mine, municipalities, ...network }) => ({
      network,
      mine: mine.map((row) => ({ ...row, createdAt: new Date(row.createdAt) })),
      municipalities,
    }));
  }

  async get(networkId: string): Promise<Network> {
    const network = isUuid(networkId)
      ? await this.dataSource.getRepository(Network).findOneBy({ id: networkId })
      : null;
    if (!network) throw notFound('Network');
    return network;
  }

  /** Creates the network with its municipalities; the creator becomes its coordinator. One transaction. */
  async create(actor: AuthUser, input: z.output<typeof createNetworkSchema>): Promise<Network> {
    const known = input.municipalityIds.length
      ? await this.dataSource.getRepository(Municipality).findBy({ id: In(input.municipalityIds) })
      : [];
    const unknown = input.municipalityIds.filter((id) => !known.some((m) => m.id === id));
    if (unknown.length) {
      throw badInput(`Unknown municipality: ${unknown.join(', ')}`, {
        problems: unknown.map((id) => ({ path: 'municipalityIds', message: `Unknown municipality ${id}` })),
      });
    }
    return this.uow.run(async ({ manager, record }) => {
      const network = await manager.save(
        manager.create(Network, { name: input.name, description: input.description }),
      );
      if (input.municipalityIds.length) {
        await manager.insert(
          NetworkMunicipality,
          input.municipalityIds.map((municipalityId) => ({ networkId: network.id, municipalityId })),
        );
      }
      const membership = await manager.save(
        manager.create(Membership, {
          networkId: network.id,
          userId: actor.id,
          role: 'COORDINATOR',
          municipalityId: null,
        }),
      );
      // no room event: nobody can be following a network that did not exist
      await record({
        actorId: actor.id,
        audit: [
          {
            networkId: network.id,
            action: 'network.created',
            subjectType: 'NETWORK',
            subjectId: network.id,
            after: {
              name: network.name,
              description: network.description,
              municipalityIds: input.municipalityIds,
            },
          },
          {
            networkId: network.id,
            action: 'membership.added',
            subjectType: 'MEMBERSHIP',
            subjectId: membership.id,
            after: { userId: actor.id, role: 'COORDINATOR', municipalityId: null },
          },
        ],
      });
      return network;
    });
  }

  async update(
    actor: AuthUser,
    networkId: string,
    input: z.output<typeof updateNetworkSchema>,
  ): Promise<Network> {
    return this.uow.run(async ({ manager, record }) => {
      await lockNetwork(manager, networkId);
      const before = await manager.findOneByOrFail(Network, { id: networkId });
      const changes: Partial<Pick<Network, 'name' | 'description' | 'followUpIntervalDays'>> = {};
      if (input.name !== undefined && input.name !== before.name) changes.name = input.name;
      if (input.description !== undefined && input.description !== before.description) {
        changes.description = input.description;
      }
      if (
        input.followUpIntervalDays !== undefined &&
        input.followUpIntervalDays !== before.followUpIntervalDays
      ) {
        changes.followUpIntervalDays = input.followUpIntervalDays;
      }
      if (Object.keys(changes).length === 0) return before;
      await manager.update(Network, { id: networkId }, changes);
      const after = await manager.findOneByOrFail(Network, { id: networkId });
      await record({
        actorId: actor.id,
        audit: {
          networkId,
          action: 'network.updated',
          subjectType: 'NETWORK',
          subjectId: networkId,
          before: {
            name: before.name,
            description: before.description,
            followUpIntervalDays: before.followUpIntervalDays,
          },
          after: {
            name: after.name,
            description: after.description,
            followUpIntervalDays: after.followUpIntervalDays,
          },
        },
        events: [
          {
            room: roomName('network', networkId),
            type: 'network.updated',
            data: {
              networkId,
              name: after.name,
              description: after.description,
              followUpIntervalDays: after.followUpIntervalDays,
            },
          },
        ],
      });
      return after;
    });
  }

  async addMunicipality(actor: AuthUser, networkId: string, municipalityId: string): Promise<Network> {
    const municipality = isUuid(municipalityId)
      ? await this.dataSource.getRepository(Municipality).findOneBy({ id: municipalityId })
      : null;
    if (!municipality) throw notFound('Municipality');
    return this.uow.run(async ({ manager, record }) => {
      const network = await lockNetwork(manager, networkId);
      if (await isInNetwork(manager, networkId, municipality.id)) {
        throw conflict(`${municipality.name} is already part of ${network.name}`);
      }
      await manager.insert(NetworkMunicipality, { networkId, municipalityId: municipality.id });
      await record({
        actorId: actor.id,
        audit: {
          networkId,
          action: 'network.municipalityAdded',
          subjectType: 'NETWORK',
          subjectId: networkId,
          after: { municipalityId: municipality.id, name: municipality.name },
        },
        events: [
          {
            room: roomName('network', networkId),
            type: 'municipality.added',
            data: {
              networkId,
              municipalityId: municipality.id,
              name: municipality.name,
              code: municipality.code,
            },
          },
        ],
      });
      return manager.findOneByOrFail(Network, { id: networkId });
    });
  }

  /**
   * Takes a municipality out of the network. Refused while it has answers in a round that is not
   * CLOSED: the network's compilation would lose a column mid-round. Answers in closed rounds stay
   * as history. The roles tied to the municipality end and its open invitations are revoked, in
   * the same transaction.
   */
  async removeMunicipality(actor: AuthUser, networkId: string, municipalityId: string): Promise<Network> {
    return this.uow.run(async ({ manager, record }) => {
      const network = await lockNetwork(manager, networkId);
      if (!isUuid(municipalityId) || !(await isInNetwork(manager, networkId, municipalityId))) {
        throw new AppError('NOT_FOUND', 'This municipality is not part of the network');
      }
      const [busy] = (await manager.query(
        `SELECT r.title, r.phase FROM rounds r
          WHERE r.network_id = $1 AND r.phase <> 'CLOSED'
            AND EXISTS (SELECT 1 FROM answers a WHERE a.round_id = r.id AND a.municipality_id = $2)
          ORDER BY r.created_at LIMIT 1`,
        [networkId, municipalityId],
      )) as { title: string; phase: string }[];
      if (busy) {
        throw conflict(
          `The municipality cannot leave ${network.name}: it has answers in the round "${busy.title}", ` +
            `which is in progress (phase ${busy.phase}); close the round first`,
          { reason: 'ROUND_IN_PROGRESS' },
        );
      }
      const endedRoles = await manager.find(Membership, { where: { networkId, municipalityId } });
      if (endedRoles.length) await manager.delete(Membership, { id: In(endedRoles.map((m) => m.id)) });
      const revoked = (await manager.query(
        `UPDATE invitations SET revoked_at = now()
          WHERE network_id = $1 AND municipality_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL
          RETURNING id`,
        [networkId, municipalityId],
      )) as [{ id: string }[], number];
      await manager.delete(NetworkMunicipality, { networkId, municipalityId });

      const room = roomName('network', networkId);
      await record({
        actorId: actor.id,
        audit: [
          {
            networkId,
            action: 'network.municipalityRemoved',
            subjectType: 'NETWORK',
            subjectId: networkId,
            before: { municipalityId },
          },
          ...endedRoles.map((m) => ({
            networkId,
            action: 'membership.removed',
            subjectType: 'MEMBERSHIP',
            subjectId: m.id,
            before: { userId: m.userId, role: m.role, municipalityId: m.municipalityId },
            after: { reason: 'municipality removed from the network' },
          })),
        ],
        events: [
          ...endedRoles.map((m) => ({
            room,
            type: 'member.removed' as const,
            data: {
              membershipId: m.id,
              userId: m.userId,
              role: m.role,
              municipalityId,
              reason: 'MUNICIPALITY_REMOVED' as const,
            },
          })),
          {
            room,
            type: 'municipality.removed',
            data: {
              networkId,
              municipalityId,
              endedMembershipIds: endedRoles.map((m) => m.id),
              revokedInvitationIds: revoked[0].map((r) => r.id),
            },
          },
        ],
      });
      return manager.findOneByOrFail(Network, { id: networkId });
    });
  }
}
