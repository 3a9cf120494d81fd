/** ACTIVE from confirmation until everything is delivered, then COMPLETED. */
export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}
