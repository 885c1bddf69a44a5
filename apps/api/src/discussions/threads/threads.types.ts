import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SUBJECT_TYPES, type SubjectType } from '@samrad/domain';

export const SubjectTypeEnum = Object.fromEntries(SUBJECT_TYPES.map((value) => [value, value])) as {
  [K in SubjectType]: K;
};
registerEnumType(SubjectTypeEnum, {
  name: 'SubjectType',
  description:
    'What a thread is about. INDICATOR is a question within a round: its subjectId is `<roundId>:<indicatorId>`. ' +
    'GOAL and MEETING come with their features; until then a thread on one is NOT_FOUND.',
});

@ObjectType('Thread', { description: 'A conversation about one subject of a network.' })
export class ThreadType {
  @Field(() => ID) id!: string;
  networkId!: string;
  createdById!: string;
  @Field(() => SubjectTypeEnum) subjectType!: SubjectType;
  @Field(() => ID) subjectId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The round of a ROUND or INDICATOR subject (to link to it).',
  })
  roundId!: string | null;
  @Field() title!: string;
  @Field() createdAt!: Date;
}
