import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEntry', { description: 'Who changed what, when: the network’s record of changes.' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. membership.roleChanged, invitation.created, network.updated' }) action!: string;
  @Field() subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, { nullable: true, description: 'The state before, as JSON text.' }) before!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The state after, as JSON text.' }) after!:
    string | null;
  @Field() at!: Date;
  networkId!: string | null;
  actorId!: string | null;
}
