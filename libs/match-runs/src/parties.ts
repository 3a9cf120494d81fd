import { type EntityManager } from 'typeorm';

import { CapabilityGap } from '@app/gaps';
import { Offer } from '@app/offers';

/** The two member states a proposal (or its partnership) is between. */
export interface Parties {
  /** The T/PCC whose gap it serves. */
  gapState: string;
  /** The donor whose offer serves it. */
  donor: string;
}

/** The parties of a proposal or partnership, read in the caller's transaction. */
export async function partiesOf(
  manager: EntityManager,
  row: { gapId: string; offerId: string },
): Promise<Parties> {
  // One after the other: a transaction's connection runs one statement at a time.
  const gap = await manager.findOneOrFail(CapabilityGap, {
    where: { id: row.gapId },
    select: { id: true, memberStateIso3: true },
  });
  const offer = await manager.findOneOrFail(Offer, {
    where: { id: row.offerId },
    select: { id: true, donorIso3: true },
  });
  return { gapState: gap.memberStateIso3, donor: offer.donorIso3 };
}
