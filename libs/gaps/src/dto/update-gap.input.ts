import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

import { CreateGapInput } from './create-gap.input';

/** Changes to a gap; fields left out keep their value. The T/PCC of a gap cannot change. */
@InputType()
export class UpdateGapInput extends PartialType(
  OmitType(CreateGapInput, ['memberState', 'open', 'externalRef'] as const),
  {
    // A default is for creating: an update that leaves a field out keeps its value.
    omitDefaultValues: true,
  },
) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
