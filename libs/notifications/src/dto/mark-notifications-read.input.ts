import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

/** Give `ids`, or `all: true`; ids that are not the caller's are ignored. */
@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (at most 500)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: every notification of yours' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}
