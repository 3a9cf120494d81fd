import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsArray, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/common';
import { ProposalStatus } from '@app/domain';

/** The proposals of one gap or offer, nested in a list: newest first, best score first in a run. */
@ArgsType()
export class NestedProposalsArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `At most this many per gap or offer, 1 to ${MAX_PAGE_SIZE}`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Only these statuses' })
  @IsOptional()
  @IsArray()
  @IsEnum(ProposalStatus, { each: true })
  status?: ProposalStatus[];
}
