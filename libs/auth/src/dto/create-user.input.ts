import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { IsIso3 } from '@app/common';
import { Role } from '@app/domain';

import { PASSWORD_MIN } from '../passwords';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => String, { description: `At least ${PASSWORD_MIN} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(200)
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Required for DONOR and TPCC, else empty' })
  @IsOptional()
  @IsIso3()
  memberState?: string | null;
}
