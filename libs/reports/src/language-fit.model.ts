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

@ObjectType({ description: 'Offers delivering in the language and still taking part in matching' })
export class LanguageSupply {
  @Field(() => Int)
  offers: number;

  @Field(() => Int, { description: 'Σ capacity as declared' })
  capacity: number;

  @Field(() => Int, { description: 'Σ capacity − reserved − confirmed' })
  remaining: number;
}

@ObjectType()
export class LanguageFitReport {
  @Field(() => String)
  language: string;

  @Field(() => LanguageFitFigures, { description: 'Gaps accepting only this language' })
  onlyLanguage: LanguageFitFigures;

  @Field(() => LanguageFitFigures, { description: 'Gaps accepting it among other languages' })
  alsoOtherLanguages: LanguageFitFigures;

  @Field(() => LanguageFitFigures, { description: 'Both together' })
  total: LanguageFitFigures;

  @Field(() => LanguageSupply, {
    description: 'OPEN or PARTIALLY_ALLOCATED offers in the language',
  })
  supply: LanguageSupply;
}
