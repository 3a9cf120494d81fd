import { isOneOf } from './one-of';

/** Capability categories of DESIGN.md; a gap and an offer match only within one category. */
export enum Category {
  MEDICAL = 'MEDICAL',
  TECHNOLOGY = 'TECHNOLOGY',
  POC_TRAINING = 'POC_TRAINING',
  WOMEN_PARTICIPATION = 'WOMEN_PARTICIPATION',
  LEADERSHIP = 'LEADERSHIP',
  COMMAND_AND_CONTROL = 'COMMAND_AND_CONTROL',
  BASIC_SKILLS = 'BASIC_SKILLS',
  CONDUCT_AND_DISCIPLINE = 'CONDUCT_AND_DISCIPLINE',
  SAFETY_AND_SECURITY = 'SAFETY_AND_SECURITY',
  ENGINEERING = 'ENGINEERING',
  LOGISTICS = 'LOGISTICS',
  AVIATION = 'AVIATION',
  OTHER = 'OTHER',
}

export const CATEGORIES: readonly Category[] = Object.values(Category);

export const isCategory = isOneOf(CATEGORIES);

/** Capability codes are UPPER_SNAKE strings; the engine accepts any code within a category. */
export const CAPABILITY_CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
