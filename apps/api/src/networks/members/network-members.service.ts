import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkRole } from '@samrad/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/app-error.js';
import { isUniqueViolation } from '../../common/database-errors.js';
import { isUuid } from '../../common/ids.js';
import type { AuthUser } from '../../common/request-context.js';
import { roomName } from '../../realtime/room-event.js';
import { UnitOfWork, type Transaction } from '../../realtime/unit-of-work.service.js';
import { Membership } from './membership.entity.js';
import { isInNetwork, lockNetwork, otherCoordinators } from '../network-lock.js';

const LAST_COORDINATOR = 'A network needs at least one coordinator: make someone else coordinator first';

const describe = (m: Membership) => ({ userId: m.userId, role: m.role, municipalityId: m.municipalityId });

/**
 * Roles in a network: change, remove, leave. Every change locks the network row, keeps at least
 * one coordinator, writes an audit entry and announces itself in the network's room.
 */
@Injectable()
export class NetworkMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** The membership behind an id, for the resolver to ask the policy about its network. */
  async find(membershipId: string): Promise<Membership> {
    const membership = isUuid(membershipId)
      ? await this.dataSource.getRepository(Membership).findOneBy({ id: membershipId })
      : null;
    if (!membership) throw notFound('Member');
    return membership;
  }

  /** Gives the membership another role and/or municipality (input already parsed). */
  async changeRole(
    actor: AuthUser,
    current: Membership,
    input: { role: NetworkRole; municipalityId: string | null },
  ): Promise<Membership> {
    try {
      return await this.uow.run(async (tx) => {
        const { manager } = tx;
        await lockNetwork(manager, current.networkId);
        const before = await this.reload(manager, current.id);
        if (before.role === input.role && before.municipalityId === input.municipalityId) return before;
        if (input.municipalityId && !(await isInNetwork(manager, before.networkId, input.municipalityId))) {
          throw badInput('That municipality is not part of this network', {
            problems: [{ path: 'municipalityId', message: 'Not a municipality of this network' }],
          });
        }
        if (
          before.role === 'COORDINATOR' &&
          input.role !== 'COORDINATOR' &&
          (await otherCoordinators(manager, before.networkId, [before.id])) === 0
        ) {
          throw conflict(LAST_COORDINATOR, { reason: 'LAST_COORDINATOR' });
        }
        await manager.update(
          Membership,
          { id: before.id },
          { role: input.role, municipalityId: input.municipalityId },
        );
        const after = await this.reload(manager, before.id);
        await tx.record({
          actorId: actor.id,
          audit: {
            networkId: before.networkId,
            action: 'membership.roleChanged',
            subjectType: 'MEMBERSHIP',
            subjectId: before.id,
            before: describe(before),
            after: describe(after),
          },
          events: [
            {
              room: roomName('network', after.networkId),
              type: 'member.changed',
              data: {
                membershipId: after.id,
                ...describe(after),
                previous: { role: before.role, municipalityId: before.municipalityId },
              },
            },
          ],
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict('This person already holds that role', { reason: 'ROLE_HELD' });
      }
      throw error;
    }
  }

  /** Ends one role of a member (a coordinator's decision). */
  async remove(actor: AuthUser, current: Membership): Promise<Membership> {
    return this.uow.run(async (tx) => {
      await lockNetwork(tx.manager, current.networkId);
      const membership = await this.reload(tx.manager, current.id);
      await this.ensureCoordinatorRemains(tx.manager, membership.networkId, [membership]);
      await this.end(tx, actor, [membership], 'REMOVED');
      return membership;
    });
  }

  /** Ends every role the user holds in the network. */
  async leave(actor: AuthUser, networkId: string): Promise<void> {
    await this.uow.run(async (tx) => {
      await lockNetwork(tx.manager, networkId);
      const mine = await tx.manager.find(Membership, { where: { networkId, userId: actor.id } });
      if (mine.length === 0) throw notFound('Network');
      await this.ensureCoordinatorRemains(tx.manager, networkId, mine);
      await this.end(tx, actor, mine, 'LEFT');
    });
  }

  private async ensureCoordinatorRemains(manager: EntityManager, networkId: string, ending: Membership[]) {
    if (!ending.some((m) => m.role === 'COORDINATOR')) return;
    const remaining = await otherCoordinators(
      manager,
      networkId,
      ending.map((m) => m.id),
    );
    if (remaining === 0) throw conflict(LAST_COORDINATOR, { reason: 'LAST_COORDINATOR' });
  }

  private async end(tx: Transaction, actor: AuthUser, memberships: Membership[], reason: 'REMOVED' | 'LEFT') {
    await tx.manager.delete(Membership, { id: In(memberships.map((m) => m.id)) });
    await tx.record({
      actorId: actor.id,
      audit: memberships.map((m) => ({
        networkId: m.networkId,
        action: reason === 'LEFT' ? 'membership.left' : 'membership.removed',
        subjectType: 'MEMBERSHIP',
        subjectId: m.id,
        before: describe(m),
      })),
      events: memberships.map((m) => ({
        room: roomName('network', m.networkId),
        type: 'member.removed' as const,
        data: { membershipId: m.id, ...describe(m), reason },
      })),
    });
  }

  private async reload(manager: EntityManager, membershipId: string): Promise<Membership> {
    const membership = await manager.findOneBy(Membership, { id: membershipId });
    if (!membership) throw notFound('Member');
    return membership;
  }
}
