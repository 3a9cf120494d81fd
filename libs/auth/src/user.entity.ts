import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { TimestampedEntity } from '@app/persistence';
import { Role } from '@app/domain';
import { MemberState } from '@app/reference-data';

registerEnumType(Role, { name: 'Role' });

/** Someone who signs in. Donors and T/PCC focal points act for one member state. */
@ObjectType({ description: 'A user account' })
@Entity('users')
@Index('idx_users_created_at_id', ['createdAt', 'id'])
@Check('ck_users_email_lowercase', '"email" = lower("email")')
@Check('ck_users_preferred_language', `"preferred_language" IN ('en', 'fr')`)
@Check(
  'ck_users_member_state_for_role',
  `("role" IN ('DONOR', 'TPCC')) = ("member_state_iso3" IS NOT NULL)`,
)
export class User extends TimestampedEntity {
  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  /** argon2id; never exposed. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'ISO3 of the state a DONOR or TPCC acts for',
  })
  @Column({ type: 'char', length: 3, nullable: true })
  memberStateIso3: string | null;

  @ManyToOne(() => MemberState, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'member_state_iso3' })
  memberState?: MemberState | null;

  @Field(() => Boolean, { description: 'A disabled user cannot sign in; its tokens stop working' })
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The interface language the user chose, en or fr; null until they choose one',
  })
  @Column({ type: 'text', nullable: true })
  preferredLanguage: string | null;

  /** Bumped when the role, state or enabled flag changes: older tokens stop working. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastLoginAt: Date | null;
}
