import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Offers delivering in the language and still taking part in matching' })
export class LanguageSupply {
  @Field(() => Int)
  offers: number;

  @Field(() => Int, { description: 'Σ capacity as declared' })
  capacity: number;

  @Field(() => Int, { description: 'Σ capacity − reserved − confirmed' })
  remaining: number;
}
