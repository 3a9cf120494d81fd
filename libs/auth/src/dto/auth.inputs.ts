import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { IsIso3, type OrderBy, OrderByInput, PageArgs } from '@app/common';
import { Role } from '@app/domain';

import { User } from '../user.entity';

/** Long enough to resist guessing; anything up to 200 characters, passphrases welcome. */
const PASSWORD_MIN = 12;

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

@InputType()
export class RefreshTokenInput {
  @Field(() => String)
  @IsString()
  @MaxLength(4000)
  refreshToken: string;
}

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

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIso3()
  memberState?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: `A new password, ${PASSWORD_MIN}+ characters`,
  })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(200)
  password?: string | null;
}

export enum UserSortField {
  CREATED_AT = 'CREATED_AT',
  EMAIL = 'EMAIL',
}

registerEnumType(UserSortField, {
  name: 'UserSortField',
  valuesMap: {
    CREATED_AT: { description: 'When the account was created (default DESC: newest first)' },
    EMAIL: { description: 'Email, A to Z by default' },
  },
});

export const UserOrderBy = OrderByInput(UserSortField, 'User');

@InputType()
export class UserFilter {
  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Role, { each: true })
  role?: Role[];

  @Field(() => [String], { nullable: true, description: 'ISO3 codes of the users’ states' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;

  @Field(() => UserOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserOrderBy)
  orderBy?: OrderBy<UserSortField>;
}
