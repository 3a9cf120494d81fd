import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

import { CreatePledgeInput } from './create-pledge.input';

/** Changes to an open pledge; fields left out keep their value. Ministerial and lead are fixed. */
@InputType()
export class UpdatePledgeInput extends PartialType(
  OmitType(CreatePledgeInput, ['ministerialId', 'lead'] as const),
  { omitDefaultValues: true },
) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
