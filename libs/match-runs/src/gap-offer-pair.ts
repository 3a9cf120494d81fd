import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';

import { CapabilityGap } from '@app/gaps';
import { Offer } from '@app/offers';
import { TimestampedEntity } from '@app/persistence';

/**
 * The base of a row that pairs a gap with an offer (a proposal, a partnership): the two indexed
 * foreign keys and their relations. `onDelete` is what deleting the gap or the offer does to the
 * row: a proposal goes with them, a partnership forbids it.
 */
export function GapOfferPair(onDelete: 'CASCADE' | 'RESTRICT') {
  @ObjectType({ isAbstract: true })
  abstract class GapOfferPairEntity extends TimestampedEntity {
    @Field(() => ID)
    @Index()
    @Column({ type: 'uuid' })
    gapId: string;

    @ManyToOne(() => CapabilityGap, { onDelete })
    @JoinColumn({ name: 'gap_id' })
    gap?: CapabilityGap;

    @Field(() => ID)
    @Index()
    @Column({ type: 'uuid' })
    offerId: string;

    @ManyToOne(() => Offer, { onDelete })
    @JoinColumn({ name: 'offer_id' })
    offer?: Offer;
  }
  return GapOfferPairEntity;
}
