import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, Matches } from 'class-validator';

import { Category } from '@app/domain';

@ArgsType()
export class DuplicatedSupportArgs {
  @Field(() => [String], { nullable: true, description: 'T/PCCs, ISO3' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[A-Z]{3}$/, { each: true, message: 'memberState: ISO3 codes such as RWA' })
  memberState?: string[] | null;

  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[] | null;
}
