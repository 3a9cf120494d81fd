import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { LocalDateScalar } from '@app/common';
import { TimestampedEntity } from '@app/persistence';
import { Category, DeliveryMode, GapSource, GapStatus, Priority, QuantityUnit } from '@app/domain';
import { MemberState, Mission } from '@app/reference-data';

import { GapObjective } from './gap-objective.model';

registerEnumType(GapStatus, { name: 'GapStatus' });

/** A capability gap of a troop- or police-contributing country (T/PCC). */
@ObjectType({ description: 'A capability gap of a troop- or police-contributing country' })
@Entity('capability_gaps')
@Index('idx_capability_gaps_created_at_id', ['createdAt', 'id'])
// Lists: a (sort, id) index per ordering, filters with the default order (see GAP_ORDERING).
@Index('idx_capability_gaps_member_state_created_at_id', ['memberStateIso3', 'createdAt', 'id'])
@Index('idx_capability_gaps_status_created_at_id', ['status', 'createdAt', 'id'])
@Index('idx_capability_gaps_category_capability', ['category', 'capability'])
@Index('idx_capability_gaps_priority_id', ['priority', 'id'])
@Index('idx_capability_gaps_needed_by_id', ['neededBy', 'id'])
@Index('idx_capability_gaps_quantity_id', ['quantity', 'id'])
@Index('idx_capability_gaps_title_id', ['title', 'id'])
// Written by the ListIndexes migration (expression and GIN indexes TypeORM cannot describe).
@Index('idx_capability_gaps_remaining_id', { synchronize: false })
@Index('idx_capability_gaps_languages', { synchronize: false })
@Index('idx_capability_gaps_title_trgm', { synchronize: false })
@Check('ck_capability_gaps_quantity_positive', '"quantity" > 0')
@Check(
  'ck_capability_gaps_committed',
  '"reserved_quantity" >= 0 AND "confirmed_quantity" >= 0 AND "reserved_quantity" + "confirmed_quantity" <= "quantity"',
)
@Check('ck_capability_gaps_window', '"needed_from" <= "needed_by"')
@Check('ck_capability_gaps_languages', 'cardinality("languages") >= 1')
@Check('ck_capability_gaps_capability_code', `"capability" ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'`)
export class CapabilityGap extends TimestampedEntity {
  @Field(() => String, { description: 'ISO3 code of the T/PCC with the gap' })
  @Column({ type: 'char', length: 3 })
  memberStateIso3: string;

  @ManyToOne(() => MemberState, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_state_iso3' })
  memberState?: MemberState;

  @Field(() => String, { nullable: true, description: 'Mission code, e.g. MINUSCA' })
  @Index()
  @Column({ type: 'text', nullable: true })
  missionCode: string | null;

  @ManyToOne(() => Mission, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mission_code' })
  mission?: Mission | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Infantry battalion", "FPU"' })
  @Column({ type: 'text', nullable: true })
  unitType: string | null;

  @Field(() => Category)
  @Column({ type: 'enum', enum: Category, enumName: 'category' })
  category: Category;

  @Field(() => String, { description: 'Capability code within the category, e.g. CASEVAC' })
  @Column({ type: 'text' })
  capability: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int, { description: 'How much is needed, in `unit`' })
  @Column({ type: 'integer' })
  quantity: number;

  @Field(() => Int, { description: 'Held by proposals one side has accepted' })
  @Column({ type: 'integer', default: 0 })
  reservedQuantity: number;

  @Field(() => Int, { description: 'In confirmed partnerships' })
  @Column({ type: 'integer', default: 0 })
  confirmedQuantity: number;

  @Field(() => Int, { description: 'Still to match: quantity − reserved − confirmed' })
  get remainingQuantity(): number {
    return this.quantity - this.reservedQuantity - this.confirmedQuantity;
  }

  @Field(() => QuantityUnit)
  @Column({ type: 'enum', enum: QuantityUnit, enumName: 'quantity_unit' })
  unit: QuantityUnit;

  @Field(() => Priority)
  @Column({ type: 'enum', enum: Priority, enumName: 'priority' })
  priority: Priority;

  @Field(() => [String], { description: 'Accepted delivery languages, ISO 639-1' })
  @Column({ type: 'text', array: true })
  languages: string[];

  @Field(() => [DeliveryMode], { description: 'Preferred delivery modes; empty = any' })
  @Column({
    type: 'enum',
    enum: DeliveryMode,
    enumName: 'delivery_mode',
    array: true,
    default: '{}',
  })
  preferredDeliveryModes: DeliveryMode[];

  @Field(() => LocalDateScalar, { description: 'Support needed from this day' })
  @Column({ type: 'date' })
  neededFrom: string;

  @Field(() => LocalDateScalar, { description: 'Support needed by this day' })
  @Column({ type: 'date' })
  neededBy: string;

  @Field(() => GapObjective)
  @Column(() => GapObjective, { prefix: 'objective' })
  objective: GapObjective;

  @Field(() => GapSource)
  @Column({ type: 'enum', enum: GapSource, enumName: 'gap_source' })
  source: GapSource;

  @Field(() => GapStatus)
  @Column({ type: 'enum', enum: GapStatus, enumName: 'gap_status', default: GapStatus.DRAFT })
  status: GapStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or closed' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Reference in the source system or import file; unique among gaps',
  })
  @Index('uq_capability_gaps_external_ref', { unique: true })
  @Column({ type: 'text', nullable: true })
  externalRef: string | null;
}
