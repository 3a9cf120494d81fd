import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class RefreshTokenInput {
  @Field(() => String)
  @IsString()
  @MaxLength(4000)
  refreshToken: string;
}
