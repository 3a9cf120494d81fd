import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { DayField, TextField, TimestampedEntity } from '@app/persistence';
import { MemberState } from '@app/reference-data';

/**
 * A UN Peacekeeping Ministerial (réunion ministérielle sur le maintien de la paix), where member
 * states pledge. The four held so far are seeded by the Pledges migration; coordinators add new ones.
 */
@ObjectType({ description: 'A UN Peacekeeping Ministerial, where member states pledge' })
@Entity('ministerials')
@Index('idx_ministerials_held_on_id', ['heldOn', 'id'])
@Check('ck_ministerials_days', '"held_on" <= "ends_on"')
export class Ministerial extends TimestampedEntity {
  @Index('uq_ministerials_code', { unique: true })
  @TextField({ description: 'Short code, e.g. BERLIN_2025' })
  code: string;

  @TextField({ description: 'e.g. 2025 Peacekeeping Ministerial, Berlin' })
  name: string;

  @TextField()
  city: string;

  @Field(() => String, { nullable: true, description: 'ISO3 code of the host member state' })
  @Column({ type: 'char', length: 3, nullable: true })
  hostCountryIso3: string | null;

  @ManyToOne(() => MemberState, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country_iso3' })
  hostCountry?: MemberState | null;

  @DayField({ description: 'First day' })
  heldOn: string;

  @DayField({ description: 'Last day' })
  endsOn: string;
}
