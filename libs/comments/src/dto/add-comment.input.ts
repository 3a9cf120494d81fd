import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

/** Exactly one of gapId, proposalId and partnershipId (checked by the service, naming the field). */
@InputType()
export class AddCommentInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  gapId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  proposalId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string | null;

  @Field(() => String, { description: '1 to 5,000 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body: string;

  @Field(() => [String], {
    nullable: true,
    description: 'E-mails of users to mention (at most 20); each must be able to see the item',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  mentions?: string[] | null;
}
