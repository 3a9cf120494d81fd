import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { MemberState } from './member-state.entity';

/** A UN peacekeeping mission. `hostCountry` is empty where the host is not a member state. */
@ObjectType({ description: 'A UN peacekeeping mission' })
@Entity('missions')
export class Mission {
  @Field(() => String, { description: 'Mission acronym, e.g. MINUSCA' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'Where the mission operates' })
  @Column({ type: 'text' })
  location: string;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'char', length: 3, nullable: true })
  hostCountryIso3: string | null;

  @ManyToOne(() => MemberState, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country_iso3' })
  hostCountry?: MemberState | null;

  @Field(() => [String], { description: 'Working languages, ISO 639-1' })
  @Column({ type: 'text', array: true })
  languages: string[];

  @Field(() => String, { description: 'First day of the mandate, YYYY-MM-DD' })
  @Column({ type: 'date' })
  establishedOn: string;
}
