import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { User } from '@app/auth';
import { Role } from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import { Proposal } from '@app/match-runs';
import { Partnership } from '@app/partnerships';
import { TimestampedEntity } from '@app/persistence';

export enum CommentSubject {
  GAP = 'GAP',
  PROPOSAL = 'PROPOSAL',
  PARTNERSHIP = 'PARTNERSHIP',
}
registerEnumType(CommentSubject, { name: 'CommentSubject', description: 'What a comment is on' });

/**
 * A comment on a gap, a proposal or a partnership (exactly one: three foreign keys, so deleting
 * the item deletes its conversation and nothing points nowhere). The author is copied as it was
 * when writing, as the audit log does; edits and deletions are in the audit log.
 */
@ObjectType({ description: 'A comment on a gap, a proposal or a partnership' })
@Entity('comments')
@Index('idx_comments_created_at_id', ['createdAt', 'id'])
@Check('ck_comments_one_subject', 'num_nonnulls("gap_id", "proposal_id", "partnership_id") = 1')
@Check('ck_comments_body_length', 'char_length("body") BETWEEN 1 AND 5000')
export class Comment extends TimestampedEntity {
  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  gapId: string | null;

  @ManyToOne(() => CapabilityGap, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gap_id' })
  gap?: CapabilityGap;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  partnershipId: string | null;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @Field(() => CommentSubject)
  get subject(): CommentSubject {
    if (this.gapId) return CommentSubject.GAP;
    return this.proposalId ? CommentSubject.PROPOSAL : CommentSubject.PARTNERSHIP;
  }

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  @Field(() => String, { description: 'The author’s e-mail when writing' })
  @Column({ type: 'text' })
  authorEmail: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  authorRole: Role;

  @Field(() => String, { nullable: true, description: 'The state the author acted for (ISO3)' })
  @Column({ type: 'char', length: 3, nullable: true })
  authorMemberState: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  /** Users mentioned (ids); GraphQL shows them as `mentions`. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionedUserIds: string[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When last edited (the audit log keeps every version)',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;
}
