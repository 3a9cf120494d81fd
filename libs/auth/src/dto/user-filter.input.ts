import { Field, InputType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';

import { IsIso3 } from '@app/common';
import { Role } from '@app/domain';

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
