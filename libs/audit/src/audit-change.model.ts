import { Field, ObjectType } from '@nestjs/graphql';
import { JSONResolver as JSONScalar } from 'graphql-scalars';

/** One changed field: its value before and after (JSON). */
@ObjectType({ description: 'A field a mutation changed' })
export class AuditChange {
  @Field(() => String, { description: 'Property path, e.g. `quantity` or `objective.target`' })
  field: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Null for an insert, and for a bulk update that did not read the row first',
  })
  before: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'Null for a delete' })
  after: unknown;
}
