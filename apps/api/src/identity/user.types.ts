import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() locale!: string;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() accessToken!: string;
  @Field() refreshToken!: string;
  @Field(() => UserType) user!: UserType;
  @Field(() => Int, { description: 'Seconds until the access token expires.' }) expiresIn!: number;
}

@InputType('RegisterInput')
export class RegisterInput {
  @Field() email!: string;
  @Field() password!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) locale?: string | null;
}

@InputType('UpdateProfileInput')
export class UpdateProfileInput {
  @Field(() => String, { nullable: true }) displayName?: string;
  @Field(() => String, { nullable: true }) locale?: string;
}
