import 'reflect-metadata';

import {
  Column,
  CreateDateColumn,
  DataSource,
  Entity,
  type EntityMetadata,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

import { numericTransformer, SnakeNamingStrategy } from '@app/persistence';

import { deleteChanges, entityIdOf, insertChanges, REDACTED, updateChanges } from './audit-changes';

class Target {
  @Column({ type: 'text', nullable: true })
  indicator: string | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value: number | null;
}

@Entity('audit_changes_probe')
class Probe {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'jsonb', nullable: true })
  weights: Record<string, number> | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column(() => Target, { prefix: 'target' })
  target: Target;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;
}

const ID = '6f1c3a52-8a0e-4a4e-9a53-0c1f3f4d2b10';

function probe(overrides: Partial<Probe> = {}): Probe {
  return Object.assign(new Probe(), {
    id: ID,
    createdAt: new Date('2027-01-01T00:00:00Z'),
    updatedAt: new Date('2027-01-01T00:00:00Z'),
    title: 'First',
    note: null,
    languages: ['fr', 'en'],
    weights: { language: 2, priority: 1 },
    answeredAt: null,
    target: { indicator: 'certified', value: 90 },
    passwordHash: '$argon2id$v=19$secret',
    tokenVersion: 0,
    ...overrides,
  });
}

describe('audit changes', () => {
  let metadata: EntityMetadata;

  beforeAll(async () => {
    // Metadata only: the data source never connects.
    const dataSource = new DataSource({
      type: 'postgres',
      entities: [Probe],
      namingStrategy: new SnakeNamingStrategy(),
    });
    await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
    metadata = dataSource.getMetadata(Probe);
  });

  it('an insert lists every field with a value, secrets redacted, without id and timestamps', () => {
    expect(insertChanges(metadata, probe())).toEqual({
      title: { before: null, after: 'First' },
      languages: { before: null, after: ['fr', 'en'] },
      weights: { before: null, after: { language: 2, priority: 1 } },
      'target.indicator': { before: null, after: 'certified' },
      'target.value': { before: null, after: 90 },
      passwordHash: { before: null, after: REDACTED },
      tokenVersion: { before: null, after: 0 },
    });
  });

  it('an update lists only what changed; equal values in another form are not changes', () => {
    const before = probe();
    const after = probe({
      title: 'Second',
      // Same content, other key order and a fresh array: unchanged.
      weights: { priority: 1, language: 2 },
      languages: ['fr', 'en'],
      answeredAt: new Date('2027-02-03T04:05:06.789Z'),
      target: { indicator: 'certified', value: 95 },
      passwordHash: '$argon2id$v=19$other',
      updatedAt: new Date('2027-02-03T00:00:00Z'),
    });
    expect(updateChanges(metadata, before, after)).toEqual({
      title: { before: 'First', after: 'Second' },
      answeredAt: { before: null, after: '2027-02-03T04:05:06.789Z' },
      'target.value': { before: 90, after: 95 },
      passwordHash: { before: REDACTED, after: REDACTED },
    });
    expect(updateChanges(metadata, before, probe())).toEqual({});
  });

  it('an update without the row before (QueryBuilder) records the values set, SQL expressions as such', () => {
    expect(
      updateChanges(metadata, undefined, { note: 'set', tokenVersion: () => 'token_version + 1' }),
    ).toEqual({
      note: { after: 'set' },
      tokenVersion: { after: '[computed in SQL]' },
    });
  });

  it('a delete keeps every field the row had', () => {
    const changes = deleteChanges(metadata, probe({ note: 'gone' }));
    expect(changes.note).toEqual({ before: 'gone', after: null });
    expect(changes.passwordHash).toEqual({ before: REDACTED, after: null });
    expect(changes).not.toHaveProperty('answeredAt');
    expect(deleteChanges(metadata, undefined)).toEqual({});
  });

  it('the entity id is the primary key, null when unknown', () => {
    expect(entityIdOf(metadata, probe())).toBe(ID);
    expect(entityIdOf(metadata, { title: 'no id' })).toBeNull();
    expect(entityIdOf(metadata, undefined)).toBeNull();
  });
});
