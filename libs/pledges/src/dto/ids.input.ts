import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class MinisterialRequirementIdInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class PledgeOfferInput {
  @Field(() => ID)
  @IsUUID()
  pledgeId: string;

  @Field(() => ID)
  @IsUUID()
  offerId: string;
}
