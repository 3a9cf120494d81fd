import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { AcceptProposalInput } from './accept-proposal.input';

@InputType()
export class DeclineProposalInput extends AcceptProposalInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
