import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import {
  CodesField,
  DayField,
  EnumField,
  IntegerField,
  TextField,
  TimestampedEntity,
} from '@app/persistence';
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

  @Index()
  @TextField({ nullable: true, description: 'Mission code, e.g. MINUSCA' })
  missionCode: string | null;

  @ManyToOne(() => Mission, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mission_code' })
  mission?: Mission | null;

  @TextField({ nullable: true, description: 'e.g. "Infantry battalion", "FPU"' })
  unitType: string | null;

  @EnumField(Category, 'category')
  category: Category;

  @TextField({ description: 'Capability code within the category, e.g. CASEVAC' })
  capability: string;

  @TextField()
  title: string;

  @TextField({ default: '' })
  description: string;

  @IntegerField({ description: 'How much is needed, in `unit`' })
  quantity: number;

  @IntegerField({ description: 'Held by proposals one side has accepted', default: 0 })
  reservedQuantity: number;

  @IntegerField({ description: 'In confirmed partnerships', default: 0 })
  confirmedQuantity: number;

  @Field(() => Int, { description: 'Still to match: quantity − reserved − confirmed' })
  get remainingQuantity(): number {
    return this.quantity - this.reservedQuantity - this.confirmedQuantity;
  }

  @EnumField(QuantityUnit, 'quantity_unit')
  unit: QuantityUnit;

  @EnumField(Priority, 'priority')
  priority: Priority;

  @CodesField({ description: 'Accepted delivery languages, ISO 639-1' })
  languages: string[];

  @EnumField(DeliveryMode, 'delivery_mode', {
    array: true,
    default: '{}',
    description: 'Preferred delivery modes; empty = any',
  })
  preferredDeliveryModes: DeliveryMode[];

  @DayField({ description: 'Support needed from this day' })
  neededFrom: string;

  @DayField({ description: 'Support needed by this day' })
  neededBy: string;

  @Field(() => GapObjective)
  @Column(() => GapObjective, { prefix: 'objective' })
  objective: GapObjective;

  @EnumField(GapSource, 'gap_source')
  source: GapSource;

  @EnumField(GapStatus, 'gap_status', { default: GapStatus.DRAFT })
  status: GapStatus;

  @TextField({ nullable: true, description: 'Why it was cancelled or closed' })
  statusReason: string | null;

  @Index('uq_capability_gaps_external_ref', { unique: true })
  @TextField({
    nullable: true,
    description: 'Reference in the source system or import file; unique among gaps',
  })
  externalRef: string | null;
}
