import { Field, Int, ObjectType } from '@nestjs/graphql';

import { User } from './user.entity';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as Authorization: Bearer <accessToken>' })
  accessToken: string;

  @Field(() => String, { description: 'Exchange for new tokens with refreshToken' })
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires' })
  expiresIn: number;

  @Field(() => User)
  user: User;
}
