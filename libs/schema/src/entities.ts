import { AuditEntry } from '@app/audit';
import { User } from '@app/auth';
import { CapabilityGap } from '@app/gaps';
import { MatchRun, Proposal } from '@app/match-runs';
import { Offer } from '@app/offers';
import { Partnership, PartnershipMilestone } from '@app/partnerships';
import { MemberState, Mission } from '@app/reference-data';

/** Every entity of the schema; the migrations and the application use this one list. */
export const ENTITIES = [
  MemberState,
  Mission,
  User,
  CapabilityGap,
  Offer,
  MatchRun,
  Proposal,
  Partnership,
  PartnershipMilestone,
  AuditEntry,
];
