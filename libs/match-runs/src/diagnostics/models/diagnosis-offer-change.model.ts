import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The change to an offer that would make it a candidate for a gap' })
export class DiagnosisOfferChange {
  @Field(() => String, { nullable: true, description: 'Add this delivery language (ISO 639-1)' })
  addLanguage: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Open the offer to this member state (ISO3)',
  })
  addEligible: string | null;
  @Field(() => String, { nullable: true, description: 'Be available from this day' })
  availableFrom: string | null;
  @Field(() => String, { nullable: true, description: 'Be available until this day' })
  availableTo: string | null;
}
