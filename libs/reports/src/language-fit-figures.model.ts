import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Demand of gaps accepting a language and how much of it is met' })
export class LanguageFitFigures {
  @Field(() => Int)
  gaps: number;

  @Field(() => Int)
  demand: number;

  @Field(() => Int, { description: 'Units in partnerships, whatever the language' })
  confirmed: number;

  @Field(() => Int, { description: 'Of which from offers delivering in the language' })
  confirmedInLanguage: number;

  @Field(() => Int, {
    description: 'Units in open proposals, capped at demand − confirmed per gap',
  })
  proposed: number;

  @Field(() => Int, { description: 'Of which from offers delivering in the language' })
  proposedInLanguage: number;

  @Field(() => Int, { description: 'demand − confirmed − proposed' })
  unmet: number;

  @Field(() => Float, { nullable: true, description: '100 · confirmed / demand' })
  coveredPercent: number | null;

  @Field(() => Float, { nullable: true, description: '100 · confirmedInLanguage / demand' })
  inLanguagePercent: number | null;
}
