import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * uuid id and millisecond-precision timestamps. Millisecond precision makes `createdAt`
 * round-trip through a JS Date exactly, which keyset cursors rely on.
 */
@ObjectType({ isAbstract: true })
export abstract class TimestampedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
