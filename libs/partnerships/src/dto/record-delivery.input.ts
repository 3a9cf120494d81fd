import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsUUID, Max, Min } from 'class-validator';

@InputType()
export class RecordDeliveryInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId: string;

  @Field(() => Int, { description: 'Units delivered now; added to what was delivered before' })
  @Min(1)
  @Max(1_000_000)
  quantity: number;
}
