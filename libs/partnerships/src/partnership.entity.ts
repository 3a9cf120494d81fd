import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';

import { LocalDateScalar } from '@app/common';
import { numericTransformer } from '@app/persistence';
import { PartnershipStatus } from '@app/domain';
import { GapOfferPair, Proposal } from '@app/match-runs';

registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });

/**
 * A proposal both sides accepted: the offer serves the gap with `quantity` units. Delivery and the
 * gap's indicator measured afterwards let analysts link the investment to performance.
 */
@ObjectType({ description: 'A confirmed partnership: a proposal both sides accepted' })
@Entity('partnerships')
@Index('idx_partnerships_created_at_id', ['createdAt', 'id'])
// Lists: a (sort, id) index per ordering (see PARTNERSHIP_ORDERING).
@Index('idx_partnerships_quantity_id', ['quantity', 'id'])
@Index('idx_partnerships_delivered_quantity_id', ['deliveredQuantity', 'id'])
@Check('ck_partnerships_quantity_positive', '"quantity" > 0')
@Check(
  'ck_partnerships_delivered',
  '"delivered_quantity" >= 0 AND "delivered_quantity" <= "quantity"',
)
export class Partnership extends GapOfferPair('RESTRICT') {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  proposalId: string;

  /** One-to-one: a unique constraint, so a proposal can never become two partnerships. */
  @OneToOne(() => Proposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;

  @Field(() => Int, { description: "Units committed, in the gap's unit" })
  @Column({ type: 'integer' })
  quantity: number;

  @Field(() => Int, { description: 'Units delivered so far' })
  @Column({ type: 'integer', default: 0 })
  deliveredQuantity: number;

  @Field(() => PartnershipStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: PartnershipStatus,
    enumName: 'partnership_status',
    default: PartnershipStatus.ACTIVE,
  })
  status: PartnershipStatus;

  @Field(() => Float, {
    nullable: true,
    description:
      "The gap's objective indicator measured after delivery (compare with its baseline)",
  })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  indicatorAfter: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  indicatorMeasuredOn: string | null;
}
