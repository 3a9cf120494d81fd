import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import {
  BelongsTo,
  EnumField,
  IdField,
  IntegerField,
  TextField,
  TimestampedEntity,
} from '@app/persistence';
import { Category, QuantityUnit } from '@app/domain';
import { Mission } from '@app/reference-data';

import { Ministerial } from './ministerial.entity';

/**
 * One line of a Ministerial's requirement list (the UN's "shopping list"): so many units of a
 * capability, optionally for one mission.
 */
@ObjectType({ description: "A line of a Ministerial's requirement list" })
@Entity('ministerial_requirements')
@Index('idx_ministerial_requirements_ministerial', ['ministerialId', 'category', 'capability'])
@Check('ck_ministerial_requirements_quantity', '"quantity" > 0')
export class MinisterialRequirement extends TimestampedEntity {
  @IdField()
  ministerialId: string;

  @BelongsTo(() => Ministerial, 'ministerialId')
  ministerial?: Ministerial;

  @EnumField(Category, 'category')
  category: Category;

  @TextField({ description: 'Capability code, e.g. CASEVAC' })
  capability: string;

  @Field(() => String, { nullable: true, description: 'Mission code, e.g. MINUSCA; null = any' })
  @Index()
  @Column({ type: 'text', nullable: true })
  missionCode: string | null;

  @ManyToOne(() => Mission, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mission_code' })
  mission?: Mission | null;

  @IntegerField()
  quantity: number;

  @EnumField(QuantityUnit, 'quantity_unit')
  unit: QuantityUnit;

  @TextField({ default: '' })
  description: string;

  @Index('uq_ministerial_requirements_external_ref', { unique: true })
  @TextField({
    nullable: true,
    description: 'Reference in the import file; unique among requirement lines',
  })
  externalRef: string | null;
}
