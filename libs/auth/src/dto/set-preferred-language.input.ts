import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';

/** The languages of the web app's interface (apps/web/src/i18n/locales). */
export const INTERFACE_LANGUAGES = ['en', 'fr'] as const;

@InputType()
export class SetPreferredLanguageInput {
  @Field(() => String, { description: 'ISO 639-1 code of an interface language: en or fr' })
  @IsIn(INTERFACE_LANGUAGES, { message: 'language must be en or fr' })
  language: string;
}
