import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { NetworkRole, RoundPhase } from '@samrad/domain';
import { NetworkRoleEnum } from '../networks/network.types.js';
import type { Round } from '../rounds/round.entity.js';
import { RoundPhaseEnum, RoundType } from '../rounds/rounds.types.js';
import { WORK_ITEM_KINDS, type WorkItemKind } from './work-items.js';

export const WorkItemKindEnum = Object.fromEntries(WORK_ITEM_KINDS.map((k) => [k, k])) as {
  [K in WorkItemKind]: K;
};
registerEnumType(WorkItemKindEnum, {
  name: 'WorkItemKind',
  description:
    'ROUND_PHASE (coordinator: a round to run), PENDING_INVITATIONS (coordinator), MUNICIPALITY_PHASE (head/editor: what the phase asks of my municipality), ROUND_TO_FOLLOW (other members), POSITIONS_TO_TAKE (head/editor: open proposals without my municipality’s position), ANSWERS_TO_SUBMIT (head/editor: my municipality’s answers, count of total answered, not yet submitted), PROGRESS_TO_REPORT (head/editor: a committed open goal whose latest progress update from my municipality is missing or older than the network’s follow-up interval; the deadline is when it fell due).',
});

@ObjectType('WorkItem', {
  description: 'One thing that is mine to do (or follow) now, in one of my networks.',
})
export class WorkItemType {
  @Field(() => ID, { description: 'Stable key: the kind and the objects it is about.' }) id!: string;
  @Field(() => WorkItemKindEnum) kind!: WorkItemKind;
  @Field(() => NetworkRoleEnum, { description: 'The role of mine that makes this mine.' }) role!: NetworkRole;
  @Field(() => RoundPhaseEnum, { nullable: true }) phase?: RoundPhase | null;
  @Field(() => Date, { nullable: true, description: "The current phase's deadline, if set." })
  deadline?: Date | null;
  @Field(() => Int, { nullable: true, description: 'How many (e.g. pending invitations).' }) count?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Out of how many (e.g. the questions of the round).' })
  total?: number | null;
  // A plain field (the item holds its round), not a resolver: nothing to load or check per item.
  @Field(() => RoundType, { nullable: true }) round?: Round | null;
  networkId!: string;
  municipalityId?: string | null;
}
