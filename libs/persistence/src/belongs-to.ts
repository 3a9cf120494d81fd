import { JoinColumn, ManyToOne, type ObjectType } from 'typeorm';

import { snakeCase } from './snake-naming.strategy';

/**
 * The relation of a row to the record it is part of (a partnership's milestones, a pledge's status
 * changes), joined through the row's `key` column: deleting the record deletes its parts.
 */
export function BelongsTo<T>(parent: () => ObjectType<T>, key: string): PropertyDecorator {
  return (target, property) => {
    ManyToOne(parent, { onDelete: 'CASCADE' })(target, property);
    JoinColumn({ name: snakeCase(key) })(target, property);
  };
}
