import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

/** A comment's text: 1 to 5,000 characters. */
export const CommentBodyInput = () =>
  applyDecorators(
    Field(() => String, { description: '1 to 5,000 characters' }),
    IsString(),
    MinLength(1),
    MaxLength(5000),
  );

/** E-mails of users to mention, at most 20. */
export const MentionsInput = (description: string) =>
  applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsEmail({}, { each: true }),
  );
