import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_SUBJECT_TYPES,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSubjectType,
} from '@samrad/domain';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'MENTION: a comment mentions me; REPLY: a comment in a thread I follow; INVITATION: I was invited to a ' +
    'network; PHASE_CHANGED: a round of my network changed phase; DEADLINE: a round’s answering deadline is ' +
    'near; GOAL_REMINDER: a goal commitment I own needs a progress update or has a milestone due.',
});

export const NotificationChannelEnum = enumOf(NOTIFICATION_CHANNELS);
registerEnumType(NotificationChannelEnum, {
  name: 'NotificationChannel',
  description: 'OFF: nothing; IN_APP: the bell only; EMAIL: the bell and the hourly e-mail digest.',
});

export const NotificationSubjectTypeEnum = enumOf(NOTIFICATION_SUBJECT_TYPES);
registerEnumType(NotificationSubjectTypeEnum, { name: 'NotificationSubjectType' });

@ObjectType('Notification', { description: 'Something that happened for me (only ever my own).' })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => ID) networkId!: string;
  @Field(() => NotificationSubjectTypeEnum) subjectType!: NotificationSubjectType;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'The web path of its target, e.g. `/comments/<id>` (a permalink).' })
  link!: string;
  @Field({ description: "What it is about: the thread's, round's or goal's title, or the network's name." })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'By kind: the comment’s excerpt (null once it was removed), the phase moved to, the deadline (ISO), ' +
      'the reminder’s sentence.',
  })
  detail!: string | null;
  @Field(() => String, { nullable: true, description: 'Who caused it (null: the system).' })
  actorName!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType('NotificationPage')
export class NotificationPageType {
  @Field(() => [NotificationType]) nodes!: NotificationType[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
  @Field() hasMore!: boolean;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => NotificationChannelEnum) channel!: NotificationChannel;
  @Field({ description: 'No choice of my own: the default for the kind.' })
  isDefault!: boolean;
}

@ObjectType('UnsubscribeResult')
export class UnsubscribeResultType {
  @Field(() => [NotificationKindEnum], { description: 'The kinds that now come in the app only.' })
  kinds!: NotificationKind[];
}
