import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { CodesField, EnumField, TextField, TimestampedEntity } from '@app/persistence';
import { Category, PledgeFlag, PledgeKind, PledgeStatus, QuantityUnit } from '@app/domain';
import { MemberState } from '@app/reference-data';

import { Ministerial } from './ministerial.entity';

registerEnumType(PledgeKind, { name: 'PledgeKind', description: 'What is pledged' });
registerEnumType(PledgeStatus, {
  name: 'PledgeStatus',
  description: 'ANNOUNCED → COMMITTED → IN_PROGRESS → FULFILLED, or WITHDRAWN',
});
registerEnumType(PledgeFlag, { name: 'PledgeFlag', description: 'Why a pledge needs attention' });

/**
 * A pledge (engagement) a member state, or several with a lead (a joint pledge), made at a
 * Ministerial. Its fulfilment is never stored: it is computed from the deliveries of the
 * partnerships of the offers linked to it.
 */
@ObjectType({ description: 'A pledge made at a Peacekeeping Ministerial' })
@Entity('pledges')
@Index('idx_pledges_created_at_id', ['createdAt', 'id'])
@Index('idx_pledges_status_changed_at_id', ['statusChangedAt', 'id'])
@Index('idx_pledges_ministerial_created_at_id', ['ministerialId', 'createdAt', 'id'])
@Index('idx_pledges_lead_created_at_id', ['leadIso3', 'createdAt', 'id'])
// Written by the Pledges migration (a GIN index TypeORM cannot describe).
@Index('idx_pledges_member_iso3s', { synchronize: false })
@Check('ck_pledges_text', 'num_nonnulls("text_en", "text_fr") >= 1')
@Check(
  'ck_pledges_quantity',
  '("quantity" IS NULL) = ("unit" IS NULL) AND ("quantity" IS NULL OR "quantity" > 0)',
)
@Check('ck_pledges_members', 'NOT ("lead_iso3" = ANY ("member_iso3s"))')
export class Pledge extends TimestampedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  ministerialId: string;

  @ManyToOne(() => Ministerial, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ministerial_id' })
  ministerial?: Ministerial;

  @Field(() => String, {
    description: 'ISO3 code of the pledging state (the lead of a joint pledge)',
  })
  @Column({ type: 'char', length: 3 })
  leadIso3: string;

  @ManyToOne(() => MemberState, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_iso3' })
  lead?: MemberState;

  @CodesField({
    description: 'ISO3 codes of the other states of a joint pledge; empty = pledged alone',
    default: '{}',
  })
  memberIso3s: string[];

  @Field(() => Boolean, { description: 'Made by several states' })
  get joint(): boolean {
    return this.memberIso3s.length > 0;
  }

  @EnumField(PledgeKind, 'pledge_kind')
  kind: PledgeKind;

  @Index()
  @EnumField(Category, 'category')
  category: Category;

  @TextField({ nullable: true, description: 'Capability code; null = the whole category' })
  capability: string | null;

  @TextField({ nullable: true, description: 'The pledge as worded in English' })
  textEn: string | null;

  @TextField({ nullable: true, description: 'The pledge as worded in French (engagement)' })
  textFr: string | null;

  @Field(() => Int, { nullable: true, description: 'How much is pledged, when measurable' })
  @Column({ type: 'integer', nullable: true })
  quantity: number | null;

  @Field(() => QuantityUnit, { nullable: true })
  @Column({ type: 'enum', enum: QuantityUnit, enumName: 'quantity_unit', nullable: true })
  unit: QuantityUnit | null;

  @EnumField(PledgeStatus, 'pledge_status', { default: PledgeStatus.ANNOUNCED })
  status: PledgeStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the status last changed' })
  @Column({ type: 'timestamptz', precision: 3 })
  statusChangedAt: Date;

  @TextField({ nullable: true, description: 'Why the status last changed' })
  statusReason: string | null;

  /** Every state of the pledge: the lead first. */
  get states(): string[] {
    return [this.leadIso3, ...this.memberIso3s];
  }
}
