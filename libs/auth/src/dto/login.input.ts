import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}
