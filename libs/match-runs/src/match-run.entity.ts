import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';

import { TimestampedEntity } from '@app/persistence';
import { MatchRunStatus } from '@app/domain';

import { MatchRunStats } from './match-run-stats.model';
import { MatchWeights } from './match-weights.model';

registerEnumType(MatchRunStatus, { name: 'MatchRunStatus' });

/** One execution of the matching engine over the open gaps and offers. */
@ObjectType({ description: 'A run of the matching engine' })
@Entity('match_runs')
@Index('idx_match_runs_created_at_id', ['createdAt', 'id'])
@Check('ck_match_runs_progress', '"progress" BETWEEN 0 AND 100')
export class MatchRun extends TimestampedEntity {
  @Field(() => String, { description: 'Who or what started it' })
  @Column({ type: 'text' })
  requestedBy: string;

  @Field(() => MatchWeights, { description: 'Weights given for this run (defaults fill the rest)' })
  @Column({ type: 'jsonb', default: {} })
  weights: MatchWeights;

  @Field(() => MatchRunStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: MatchRunStatus,
    enumName: 'match_run_status',
    default: MatchRunStatus.QUEUED,
  })
  status: MatchRunStatus;

  @Field(() => Int, { description: '0 to 100' })
  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Field(() => String, { nullable: true, description: 'What the run is doing now' })
  @Column({ type: 'text', nullable: true })
  phase: string | null;

  @Field(() => MatchRunStats, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  stats: MatchRunStats | null;

  @Field(() => String, { nullable: true, description: 'Why it failed' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The queue job id' })
  @Column({ type: 'text', nullable: true })
  jobId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
