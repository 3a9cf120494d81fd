import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CancelMatchRunInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, kept in the run as its error' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
