import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A UN member state; reference data loaded from @app/geo, keyed by its ISO 3166 alpha-3 code. */
@ObjectType({ description: 'A UN member state' })
@Entity('member_states')
export class MemberState {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code' })
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code' })
  @Column({ type: 'char', length: 2, unique: true })
  iso2: string;

  @Field(() => String, { description: 'UN M49 numeric code' })
  @Column({ type: 'char', length: 3, unique: true })
  m49: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text' })
  officialName: string;

  @Field(() => String, { description: 'M49 region code, e.g. 002 (Africa)' })
  @Index()
  @Column({ type: 'char', length: 3 })
  regionCode: string;

  @Field(() => String)
  @Column({ type: 'text' })
  regionName: string;

  @Field(() => String, { description: 'M49 sub-region code, e.g. 014 (Eastern Africa)' })
  @Index()
  @Column({ type: 'char', length: 3 })
  subRegionCode: string;

  @Field(() => String)
  @Column({ type: 'text' })
  subRegionName: string;

  @Field(() => [String], { description: 'Official languages, ISO 639-1 codes where one exists' })
  @Column({ type: 'text', array: true })
  languages: string[];
}
