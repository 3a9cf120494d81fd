import {
  type Category,
  type DeliveryMode,
  type GapSortField,
  type GapStatus,
  type Priority,
  type QuantityUnit,
} from '../graphql/generated/graphql';

/**
 * The values of the API's enums the forms and filters offer, in display order. Typed from the
 * schema: a value the schema drops fails the type check.
 */
export const CATEGORIES: Category[] = [
  'MEDICAL',
  'ENGINEERING',
  'LOGISTICS',
  'AVIATION',
  'TECHNOLOGY',
  'POC_TRAINING',
  'WOMEN_PARTICIPATION',
  'LEADERSHIP',
  'COMMAND_AND_CONTROL',
  'CONDUCT_AND_DISCIPLINE',
  'SAFETY_AND_SECURITY',
  'BASIC_SKILLS',
  'OTHER',
];
export const PRIORITIES: Priority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
export const GAP_STATUSES: GapStatus[] = [
  'DRAFT',
  'OPEN',
  'PARTIALLY_MATCHED',
  'MATCHED',
  'CLOSED',
  'CANCELLED',
];
export const UNITS: QuantityUnit[] = ['TRAINEES', 'COURSES', 'UNITS', 'ITEMS'];
export const DELIVERY_MODES: DeliveryMode[] = [
  'IN_COUNTRY',
  'REGIONAL_TRAINING_CENTRE',
  'DONOR_COUNTRY',
  'MOBILE_TEAM',
  'REMOTE',
];
export const GAP_SORT_FIELDS: GapSortField[] = [
  'CREATED_AT',
  'PRIORITY',
  'NEEDED_BY',
  'REMAINING',
  'QUANTITY',
  'TITLE',
];
/** Delivery languages offered in forms: the UN's six official ones and Portuguese. */
export const LANGUAGE_CODES = ['en', 'fr', 'ar', 'es', 'pt', 'ru', 'zh'] as const;

/** Badge colours of statuses and priorities. */
export const STATUS_COLOURS: Record<string, string> = {
  DRAFT: 'gray',
  OPEN: 'blue',
  PARTIALLY_MATCHED: 'cyan.9',
  PARTIALLY_ALLOCATED: 'cyan.9',
  MATCHED: 'teal.9',
  ALLOCATED: 'teal.9',
  CLOSED: 'dark',
  CANCELLED: 'red.9',
  WITHDRAWN: 'red.9',
  PROPOSED: 'blue',
  ACCEPTED: 'cyan.9',
  CONFIRMED: 'teal.9',
  DECLINED: 'red.9',
  EXPIRED: 'gray',
  SUPERSEDED: 'gray',
  PENDING: 'gray',
  QUEUED: 'gray',
  RUNNING: 'blue',
  SUCCEEDED: 'teal.9',
  FAILED: 'red.9',
  ACTIVE: 'cyan.9',
  COMPLETED: 'teal.9',
};
export const PRIORITY_COLOURS: Record<Priority, string> = {
  CRITICAL: 'red.9',
  HIGH: 'orange',
  MEDIUM: 'yellow',
  LOW: 'gray',
};
