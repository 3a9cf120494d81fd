import { isOneOf } from './one-of';

export enum Priority {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export const PRIORITIES: readonly Priority[] = Object.values(Priority);

export const isPriority = isOneOf(PRIORITIES);
