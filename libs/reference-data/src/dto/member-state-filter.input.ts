import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class MemberStateFilter {
  @Field(() => String, { nullable: true, description: 'M49 region or sub-region code, e.g. 002' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'region must be a three-digit M49 code' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or ISO code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
