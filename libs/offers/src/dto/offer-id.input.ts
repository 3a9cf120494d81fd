import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class OfferIdInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class WithdrawOfferInput extends OfferIdInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
