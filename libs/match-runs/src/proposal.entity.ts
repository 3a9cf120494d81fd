import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { ProposalResponse, ProposalStatus } from '@app/domain';

import { GapOfferPair } from './gap-offer-pair';
import { MatchRun } from './match-run.entity';
import { ScoreBreakdown } from './score-breakdown.model';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(ProposalResponse, { name: 'ProposalResponse' });

/** A run's proposal: this offer should serve this gap with this quantity, and why. */
@ObjectType({ description: 'A proposed partnership: which offer serves which gap, how much, why' })
@Entity('proposals')
@Unique('uq_proposals_run_gap_offer', ['runId', 'gapId', 'offerId'])
@Index('idx_proposals_created_at_id', ['createdAt', 'id'])
// Lists: a (sort, id) index per ordering (see PROPOSAL_ORDERING).
@Index('idx_proposals_score_id', ['score', 'id'])
@Index('idx_proposals_quantity_id', ['quantity', 'id'])
@Check('ck_proposals_quantity_positive', '"quantity" > 0')
export class Proposal extends GapOfferPair('CASCADE') {
  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => MatchRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: MatchRun;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quantity: number;

  @Field(() => Float, { description: 'In (0, 1]' })
  @Column({ type: 'double precision' })
  score: number;

  @Field(() => ScoreBreakdown)
  @Column({ type: 'jsonb' })
  breakdown: ScoreBreakdown;

  @Field(() => String)
  @Column({ type: 'text' })
  explanation: string;

  @Field(() => ProposalStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: ProposalStatus,
    enumName: 'proposal_status',
    default: ProposalStatus.PROPOSED,
  })
  status: ProposalStatus;

  @Field(() => ProposalResponse, { description: "The T/PCC's answer" })
  @Column({
    type: 'enum',
    enum: ProposalResponse,
    enumName: 'proposal_response',
    default: ProposalResponse.PENDING,
  })
  tpccResponse: ProposalResponse;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  tpccRespondedAt: Date | null;

  @Field(() => ProposalResponse, { description: "The donor's answer" })
  @Column({
    type: 'enum',
    enum: ProposalResponse,
    enumName: 'proposal_response',
    default: ProposalResponse.PENDING,
  })
  donorResponse: ProposalResponse;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  donorRespondedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined or expired' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;
}
