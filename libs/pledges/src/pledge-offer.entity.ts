import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BelongsTo, IdField, TimestampedEntity } from '@app/persistence';
import { Offer } from '@app/offers';

import { Pledge } from './pledge.entity';

/** An offer that carries out (part of) a pledge. */
@ObjectType({ description: 'An offer linked to a pledge' })
@Entity('pledge_offers')
@Index('uq_pledge_offers_pledge_offer', ['pledgeId', 'offerId'], { unique: true })
export class PledgeOffer extends TimestampedEntity {
  @IdField()
  pledgeId: string;

  @BelongsTo(() => Pledge, 'pledgeId')
  pledge?: Pledge;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Offer;
}
