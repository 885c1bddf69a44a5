import { Injectable } from '@nestjs/common';
import type { ConsensusRule } from '@samrad/domain';
import type { AuthUser } from '../common/request-context.js';
import { Network } from '../networks/network.entity.js';
import { UnitOfWork } from '../realtime/unit-of-work.service.js';

/** A network's rule for agreeing on interpretations (access checked by the resolver). */
@Injectable()
export class ConsensusRuleService {
  constructor(private readonly uow: UnitOfWork) {}

  async set(actor: AuthUser, networkId: string, rule: ConsensusRule): Promise<Network> {
    return this.uow.run(async ({ manager, record }) => {
      const network = await manager
        .getRepository(Network)
        .findOneOrFail({ where: { id: networkId }, lock: { mode: 'pessimistic_write' } });
      const before = network.consensusRule;
      network.consensusRule = rule;
      const saved = await manager.save(network);
      await record({
        actorId: actor.id,
        audit: {
          networkId,
          action: 'network.consensusRuleChanged',
          subjectType: 'NETWORK',
          subjectId: networkId,
          before: { consensusRule: before },
          after: { consensusRule: rule },
        },
      });
      return saved;
    });
  }
}
