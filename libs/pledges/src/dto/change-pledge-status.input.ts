import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { EnumInput } from '@app/common';
import { PledgeStatus } from '@app/domain';

@InputType()
export class ChangePledgeStatusInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @EnumInput(PledgeStatus)
  status: PledgeStatus;

  @Field(() => String, { description: 'Why (kept in the status history)' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}
