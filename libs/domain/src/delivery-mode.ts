export enum DeliveryMode {
  IN_COUNTRY = 'IN_COUNTRY',
  REGIONAL_TRAINING_CENTRE = 'REGIONAL_TRAINING_CENTRE',
  DONOR_COUNTRY = 'DONOR_COUNTRY',
  MOBILE_TEAM = 'MOBILE_TEAM',
  REMOTE = 'REMOTE',
}

export const DELIVERY_MODES: readonly DeliveryMode[] = Object.values(DeliveryMode);
