import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  COUNTRIES,
  INVITATION_MAIL_STATUSES,
  NETWORK_ROLES,
  type Country,
  type InvitationMailStatus,
  type NetworkRole,
} from '@samrad/domain';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

/** GraphQL enums built from the domain's lists, so api, web and contract share one spelling. */
export const CountryEnum = enumOf(COUNTRIES);
export const NetworkRoleEnum = enumOf(NETWORK_ROLES);
registerEnumType(CountryEnum, { name: 'Country' });
registerEnumType(NetworkRoleEnum, {
  name: 'NetworkRole',
  description: 'COORDINATOR is network-wide; HEAD and EDITOR act for one municipality; VIEWER may be either.',
});

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED', 'DECLINED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
export const InvitationMailStatusEnum = enumOf(INVITATION_MAIL_STATUSES);
registerEnumType(InvitationMailStatusEnum, {
  name: 'InvitationMailStatus',
  description:
    'PENDING: queued, or retrying after the mail server refused (see mailFailedAt); SENT: handed to the mail server; FAILED: every retry failed (send the invitation again); NOT_CONFIGURED: no mail server, share the link yourself.',
});

@ObjectType('Municipality')
export class MunicipalityType {
  @Field(() => ID) id!: string;
  @Field({ description: "SCB's 4-digit code in Sweden, the 3-digit kommunekode in Denmark." }) code!: string;
  @Field() name!: string;
  @Field(() => CountryEnum) country!: Country;
}

/** Fields of Network that are plain columns; relations are field resolvers (networks.resolver.ts and others). */
@ObjectType('Network')
export class NetworkType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, {
    description:
      'Days a goal commitment may go without a progress update before its owner is reminded (default 90).',
  })
  followUpIntervalDays!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

/** One role a user holds in a network: a user with several roles appears once per role. */
@ObjectType('NetworkMember')
export class NetworkMemberType {
  @Field(() => ID, { description: 'The membership (one role of one user); used to change or remove it.' })
  id!: string;
  @Field(() => NetworkRoleEnum) role!: NetworkRole;
  @Field() createdAt!: Date;
  /** An id, not the network: `network → members → network …` was a cycle that let one small query grow without end. */
  @Field(() => ID, { description: 'The network of this role (open it with `network(id)`).' })
  networkId!: string;
  userId!: string;
  municipalityId!: string | null;
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => NetworkRoleEnum) role!: NetworkRole;
  @Field(() => String, {
    nullable: true,
    description:
      'Returned once, to the coordinator who invites; delivered by e-mail where SMTP is configured.',
  })
  token?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The link to accept, returned once with the token (share it yourself when no e-mail was sent).',
  })
  link?: string | null;
  @Field(() => InvitationMailStatusEnum, {
    nullable: true,
    description:
      'Whether the e-mail with the current link went out (null for invitations made before this was recorded).',
  })
  mailStatus!: InvitationMailStatus | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the mail server took the e-mail.' })
  mailSentAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The last time the mail server refused or could not be reached.',
  })
  mailFailedAt!: Date | null;
  @Field() expiresAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the invitee declined.' })
  declinedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => InvitationStatusEnum) status!: InvitationStatus;
  networkId!: string;
  municipalityId!: string | null;
  invitedById!: string;
}

/**
 * What the accept page shows to whoever holds the link while signed out, and to the invited
 * address when signed in (another signed-in account gets FORBIDDEN, reason WRONG_EMAIL).
 */
@ObjectType('InvitationPreview')
export class InvitationPreviewType {
  @Field() networkName!: string;
  @Field() email!: string;
  @Field(() => NetworkRoleEnum) role!: NetworkRole;
  @Field(() => MunicipalityType, { nullable: true }) municipality!: MunicipalityType | null;
  @Field({ description: 'Display name of the coordinator who invited.' }) invitedBy!: string;
  @Field() expiresAt!: Date;
  @Field(() => InvitationStatusEnum) status!: InvitationStatus;
}

@InputType('CreateNetworkInput')
export class CreateNetworkInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true }) municipalityIds?: string[] | null;
}

@InputType('UpdateNetworkInput', { description: 'Only the fields given change; description null clears it.' })
export class UpdateNetworkInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true, description: '7 to 730 days.' }) followUpIntervalDays?: number;
}

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field(() => ID) networkId!: string;
  @Field() email!: string;
  @Field(() => NetworkRoleEnum) role!: NetworkRole;
  @Field(() => ID, { nullable: true }) municipalityId?: string | null;
}
