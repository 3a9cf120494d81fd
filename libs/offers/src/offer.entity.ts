import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import {
  CodesField,
  DayField,
  EnumField,
  IntegerField,
  numericTransformer,
  TextField,
  TimestampedEntity,
} from '@app/persistence';
import { Category, DeliveryMode, OfferStatus, QuantityUnit, usableCapacity } from '@app/domain';
import { MemberState } from '@app/reference-data';

registerEnumType(OfferStatus, { name: 'OfferStatus' });

/** Capacity-building support a donor member state offers. Money amounts are in US dollars. */
@ObjectType({ description: 'Capacity-building support offered by a donor member state' })
@Entity('offers')
@Index('idx_offers_created_at_id', ['createdAt', 'id'])
// Lists: a (sort, id) index per ordering, filters with the default order (see OFFER_ORDERING).
@Index('idx_offers_donor_created_at_id', ['donorIso3', 'createdAt', 'id'])
@Index('idx_offers_status_created_at_id', ['status', 'createdAt', 'id'])
@Index('idx_offers_available_from_id', ['availableFrom', 'id'])
@Index('idx_offers_available_to', ['availableTo'])
@Index('idx_offers_capacity_id', ['capacity', 'id'])
@Index('idx_offers_title_id', ['title', 'id'])
// Written by the ListIndexes migration (GIN indexes TypeORM cannot describe).
@Index('idx_offers_capabilities', { synchronize: false })
@Index('idx_offers_languages', { synchronize: false })
@Index('idx_offers_title_trgm', { synchronize: false })
@Check('ck_offers_capacity_positive', '"capacity" > 0')
@Check(
  'ck_offers_committed',
  '"reserved_capacity" >= 0 AND "confirmed_capacity" >= 0 AND "reserved_capacity" + "confirmed_capacity" <= "capacity"',
)
@Check('ck_offers_window', '"available_from" <= "available_to"')
@Check('ck_offers_languages', 'cardinality("languages") >= 1')
@Check('ck_offers_cost_per_unit', '"cost_per_unit" IS NULL OR "cost_per_unit" >= 0')
@Check('ck_offers_budget', '"budget" IS NULL OR ("budget" > 0 AND "cost_per_unit" IS NOT NULL)')
export class Offer extends TimestampedEntity {
  @Field(() => String, { description: 'ISO3 code of the donor member state' })
  @Column({ type: 'char', length: 3 })
  donorIso3: string;

  @ManyToOne(() => MemberState, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'donor_iso3' })
  donor?: MemberState;

  @Index()
  @EnumField(Category, 'category')
  category: Category;

  @CodesField({
    description: 'Capability codes offered; empty = the whole category',
    default: '{}',
  })
  capabilities: string[];

  @TextField()
  title: string;

  @TextField({ default: '' })
  description: string;

  @IntegerField({ description: 'How much can be delivered, in `unit`' })
  capacity: number;

  @IntegerField({ description: 'Held by proposals one side has accepted', default: 0 })
  reservedCapacity: number;

  @IntegerField({ description: 'In confirmed partnerships', default: 0 })
  confirmedCapacity: number;

  @EnumField(QuantityUnit, 'quantity_unit')
  unit: QuantityUnit;

  @Field(() => Float, { nullable: true, description: 'US dollars per unit' })
  @Column({
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  costPerUnit: number | null;

  @Field(() => Float, { nullable: true, description: 'Total budget in US dollars' })
  @Column({
    type: 'numeric',
    precision: 16,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  budget: number | null;

  @Field(() => Int, {
    description: 'Units the capacity and budget allow: min(capacity, ⌊budget / costPerUnit⌋)',
  })
  get usableCapacity(): number {
    return usableCapacity(this.capacity, this.costPerUnit, this.budget);
  }

  @Field(() => Int, { description: 'Still to allocate: usable capacity − reserved − confirmed' })
  get remainingCapacity(): number {
    return this.usableCapacity - this.reservedCapacity - this.confirmedCapacity;
  }

  @CodesField({ description: 'Delivery languages, ISO 639-1' })
  languages: string[];

  @EnumField(DeliveryMode, 'delivery_mode', { array: true, default: '{}' })
  deliveryModes: DeliveryMode[];

  @CodesField({
    description: 'Eligible recipients: ISO3 codes or M49 region codes; empty = every member state',
    default: '{}',
  })
  eligible: string[];

  @CodesField({ description: 'Member states (ISO3) this offer never serves', default: '{}' })
  excluded: string[];

  @DayField()
  availableFrom: string;

  @DayField()
  availableTo: string;

  @EnumField(OfferStatus, 'offer_status', { default: OfferStatus.DRAFT })
  status: OfferStatus;

  @TextField({ nullable: true, description: 'Why it was withdrawn' })
  statusReason: string | null;

  @Index('uq_offers_external_ref', { unique: true })
  @TextField({
    nullable: true,
    description: 'Reference in the source system or import file; unique among offers',
  })
  externalRef: string | null;
}
