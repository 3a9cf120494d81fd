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

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { description: '1 to 5,000 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the mentions when given' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  mentions?: string[] | null;
}
