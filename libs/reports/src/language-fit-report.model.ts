import { Field, ObjectType } from '@nestjs/graphql';

import { LanguageFitFigures } from './language-fit-figures.model';
import { LanguageSupply } from './language-supply.model';

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
